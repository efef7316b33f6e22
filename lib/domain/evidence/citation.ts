import type { Study } from "@/lib/schemas/evidence";

/** The fields a citation needs; a Study satisfies it, and so does an older stored version of one. */
export type CitableStudy = Pick<Study, "authors" | "etAl" | "year" | "title" | "journal" | "volume" | "issue" | "pages" | "doi" | "pmid">;

/** AMA 11th edition lists up to 6 authors; with 7 or more it lists the first 3 followed by "et al". */
const AMA_MAX_LISTED_AUTHORS = 6;
const AMA_AUTHORS_WHEN_TRUNCATED = 3;

function clean(value: string | null | undefined): string {
  return (value ?? "").trim();
}

/** Adds a full stop unless the text already ends in sentence punctuation (AMA keeps "?" and "!"). */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

function formatAuthors(authors: readonly string[], etAl: boolean): string {
  const names = authors.map((a) => a.trim()).filter((a) => a.length > 0);
  if (names.length === 0) return "";
  const truncated = names.length > AMA_MAX_LISTED_AUTHORS;
  const listed = truncated ? names.slice(0, AMA_AUTHORS_WHEN_TRUNCATED) : names;
  // The reference often gives only "Perlman A et al.": keep its "et al" rather than imply a sole author.
  return sentence([...listed, ...(truncated || etAl ? ["et al"] : [])].join(", "));
}

/** "2012;7(2):e30248" — each part appears only when the reference gave it. */
function formatSource(study: CitableStudy): string {
  const volume = clean(study.volume);
  const issue = clean(study.issue);
  const pages = clean(study.pages);
  let out = String(study.year);
  if (volume || issue) out += `;${volume}${issue ? `(${issue})` : ""}`;
  if (pages) out += `:${pages}`;
  return sentence(out);
}

/**
 * AMA Manual of Style, 11th edition, journal-article reference, e.g.
 * "Perlman A, et al. Massage therapy for osteoarthritis of the knee: a randomized dose-finding trial.
 * PLoS One. 2012;7(2):e30248. doi:10.1371/journal.pone.0030248".
 * Plain text, so the journal is not italic. Missing fields are left out, never printed as "null".
 */
export function formatCitationAma(study: CitableStudy): string {
  const title = clean(study.title);
  const journal = clean(study.journal);
  const doi = clean(study.doi);
  const parts = [
    formatAuthors(study.authors, study.etAl),
    title ? sentence(title) : "",
    journal ? sentence(journal) : "",
    formatSource(study),
    // AMA 11 writes "doi:" lower-case, without a URL prefix and without a closing full stop.
    doi ? `doi:${doi}` : "",
  ];
  return parts.filter((p) => p.length > 0).join(" ");
}

/** https://doi.org/ link; each path segment is encoded so DOIs with ";" "<" or "#" stay one link. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi.trim().split("/").map(encodeURIComponent).join("/")}`;
}

export function pubmedUrl(pmid: string): string {
  return `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(pmid.trim())}/`;
}

/** Links a clinician can follow to check a study; only those the reference gives an identifier for. */
export function studyLinks(study: Pick<Study, "doi" | "pmid">): { doi?: string; pubmed?: string } {
  const links: { doi?: string; pubmed?: string } = {};
  const doi = clean(study.doi);
  const pmid = clean(study.pmid);
  if (doi) links.doi = doiUrl(doi);
  if (/^\d+$/.test(pmid)) links.pubmed = pubmedUrl(pmid);
  return links;
}

/** The study's own page: the DOI when there is one, else PubMed, else nothing. */
export function preferredStudyUrl(study: Pick<Study, "doi" | "pmid">): string | null {
  const links = studyLinks(study);
  return links.doi ?? links.pubmed ?? null;
}

/** Short label, e.g. "Perlman 2012": first author's surname (trailing initials dropped) and year. */
export function studyShortLabel(study: Pick<Study, "authors" | "year">): string {
  const first = clean(study.authors[0]);
  const tokens = first.split(/\s+/).filter((t) => t.length > 0);
  const last = tokens[tokens.length - 1];
  if (tokens.length > 1 && last !== undefined && /^[A-Z]{1,4}$/.test(last)) tokens.pop();
  const surname = tokens.join(" ");
  return surname ? `${surname} ${study.year}` : String(study.year);
}
