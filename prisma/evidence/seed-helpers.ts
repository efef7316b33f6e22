import type { DoseRange, OutcomeRow, Study } from "../../lib/schemas/evidence";
import { preferredStudyUrl } from "../../lib/domain/evidence/citation";

/**
 * Building blocks of the seed evidence. Each condition lives in its own file under conditions/, with the
 * studies it cites and its recommendation; shared studies (harms) live here. Every figure comes from the
 * evidence reference (checked against the abstract by the clinical review of 2026-12-01) or from an
 * abstract MassageRx read itself, whose address is the study's abstractSource. See docs/evidence.md.
 */

/** The date of the clinical review every seeded condition was last reviewed against. */
export const REVIEWED = "2026-12-01";

export const one = (n: number): DoseRange => ({ min: n, max: n });
export const span = (min: number, max: number): DoseRange => ({ min, max });

/** The url is derived, not typed, so it can never disagree with the DOI / PMID beside it. */
export function study(s: Omit<Study, "url" | "retired">): Study {
  return { ...s, url: preferredStudyUrl(s), retired: false };
}

export const ernst2003 = study({
  id: "ernst-2003",
  authors: ["Ernst E"],
  etAl: false,
  year: 2003,
  title: "The safety of massage therapy",
  journal: "Rheumatology (Oxford)",
  volume: "42",
  issue: "9",
  pages: "1101-1106",
  doi: "10.1093/rheumatology/keg306",
  pmid: null,
  registration: null,
  design: "systematic review",
  n: null,
  population: "Published reports of adverse effects of any type of massage: 16 case reports and 4 case series",
  interventionDose: "Massage therapy of any type",
  comparator: null,
  outcomes:
    "Most adverse effects followed exotic types of manual massage or massage by lay people; massage therapists were rarely implicated. Serious adverse effects were associated mostly with techniques other than Swedish massage. Massage is not entirely risk free, but serious adverse events are probably true rarities.",
  followUp: null,
  verified: true,
  abstractSource: "https://www.painscience.com/bibliography.php?ern9",
});

/** The harms row every recommendation shows: serious harm is rare but not absent (Ernst 2003). */
export const ernstHarmsRow: OutcomeRow = {
  kind: "harm",
  outcome: "Serious adverse events",
  timeFrame: null,
  comparatorKind: "no control",
  comparator: "Case reports and case series (no comparison group)",
  studies: 20,
  participants: null,
  effect:
    "Rare: 16 case reports and 4 case series, mostly after exotic techniques or massage by lay people; serious events mostly after techniques other than Swedish massage.",
  mid: null,
  certainty: "very low",
  certaintyBy: "massagerx",
  certaintyReasons: [
    "Case reports and case series give no rate (no denominator)",
    "Only published reports were found by literature searches",
  ],
  studyIds: ["ernst-2003"],
};
