/** Complaint matcher: free-text complaint → ranked evidence conditions, with the reasons shown. */
export { buildMatcherIndex, type MatcherIndex } from "./build-index";
export { MAX_COMPLAINT_CHARS, type MatchOptions } from "./match-complaint";
export { matchComplaint } from "./icd-title";
export { toMatcherConditions } from "./from-evidence";
export type * from "./types";
export { durationFits, DURATIONS_COVERED, EVIDENCE_DURATION_WORDS, type EvidenceDuration } from "./duration-fit";
