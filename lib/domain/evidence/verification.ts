/**
 * How a study's figures were checked, in one wording for every surface. The clinical review (2026-12-01)
 * checked figures against abstracts and guideline texts, not full papers, so MassageRx never says
 * "verified against the primary study".
 */
export const CHECKED_AGAINST_ABSTRACT = "Checked against the abstract";
export const NOT_CHECKED_FLAG = "figure not checked against the study (from a secondary source only)";
