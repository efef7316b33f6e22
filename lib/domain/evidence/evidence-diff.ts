import type { Condition, DoseRange, EvidenceContent, Recommendation, SafetyRule, Study } from "@/lib/schemas/evidence";
import { studyShortLabel } from "./citation";
import { formatRangeValue } from "./dose-format";

/**
 * Readable change lines for the evidence version history, so an admin (and later a clinician looking at
 * an old referral) can see what a version changed without reading two JSON documents side by side.
 * Dose and safety changes are listed field by field because they change what patients are told;
 * conditions and studies get one line per item.
 */

/** Long free text is summarised as "edited" rather than quoted twice. */
const MAX_QUOTED = 80;
const ARROW = "→";

function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

function quote(value: string | null): string {
  return value === null || value.trim() === "" ? "(none)" : `"${value}"`;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** "rationale edited" or `modality "A" → "B"`; null when unchanged. */
function textChange(label: string, before: string | null, after: string | null): string | null {
  if (before === after) return null;
  const long = (before?.length ?? 0) > MAX_QUOTED || (after?.length ?? 0) > MAX_QUOTED;
  return long ? `${label} edited` : `${label} ${quote(before)} ${ARROW} ${quote(after)}`;
}

function rangeChange(label: string, before: DoseRange, after: DoseRange): string | null {
  return sameJson(before, after) ? null : `${label} ${formatRangeValue(before)} ${ARROW} ${formatRangeValue(after)}`;
}

function listChange(label: string, before: readonly string[], after: readonly string[]): string | null {
  if (sameJson(before, after)) return null;
  const text = (items: readonly string[]) => (items.length === 0 ? "(none)" : items.join(", "));
  const long = text(before).length > MAX_QUOTED || text(after).length > MAX_QUOTED;
  return long ? `${label} edited` : `${label} ${text(before)} ${ARROW} ${text(after)}`;
}

function retiredChange(before: boolean, after: boolean): string | null {
  if (before === after) return null;
  return after ? "retired" : "restored";
}

/** Field names of a one-line "edited" entry, in the order the fields are declared. */
function changedFields<T extends object>(before: T, after: T, labels: Partial<Record<keyof T, string>>): string[] {
  return (Object.keys(labels) as (keyof T)[]).filter((k) => !sameJson(before[k], after[k])).map((k) => labels[k] ?? String(k));
}

/** Added / removed / retired / restored / edited: one line per item, shared by conditions and studies. */
function itemLines<T extends { retired: boolean }>(
  kind: string,
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
  name: (item: T) => string,
  labels: Partial<Record<keyof T, string>>,
): string[] {
  const lines: string[] = [];
  const old = byKey(before, key);
  const now = byKey(after, key);
  for (const item of after) {
    const prev = old.get(key(item));
    if (prev === undefined) {
      lines.push(`${kind} added: ${name(item)}`);
      continue;
    }
    const retired = retiredChange(prev.retired, item.retired);
    if (retired !== null) lines.push(`${kind} ${retired}: ${name(item)}`);
    const fields = changedFields(prev, item, labels);
    if (fields.length > 0) lines.push(`${kind} edited: ${name(item)} (${fields.join(", ")})`);
  }
  for (const item of before) {
    if (!now.has(key(item))) lines.push(`${kind} removed: ${name(item)}`);
  }
  return lines;
}

const conditionLabels: Partial<Record<keyof Condition, string>> = {
  name: "name",
  description: "description",
  bodyRegion: "body region",
  icd10: "ICD-10-CM codes",
  phrases: "phrases",
  exclusions: "exclusions",
  evidenceDuration: "evidence duration",
};

const studyLabels: Partial<Record<keyof Study, string>> = {
  authors: "authors",
  etAl: "et al",
  year: "year",
  title: "title",
  journal: "journal",
  volume: "volume",
  issue: "issue",
  pages: "pages",
  doi: "DOI",
  pmid: "PMID",
  url: "URL",
  registration: "registration",
  design: "design",
  n: "n",
  population: "population",
  interventionDose: "intervention dose",
  comparator: "comparator",
  outcomes: "outcomes",
  followUp: "follow-up",
  verified: "verified",
};

function recommendationFieldLines(before: Recommendation, after: Recommendation, studyName: (id: string) => string): string[] {
  const added = after.studyIds.filter((id) => !before.studyIds.includes(id));
  const removed = before.studyIds.filter((id) => !after.studyIds.includes(id));
  const changes = [
    retiredChange(before.retired, after.retired),
    before.conditionSlug === after.conditionSlug ? null : `condition ${before.conditionSlug} ${ARROW} ${after.conditionSlug}`,
    textChange("modality", before.modality, after.modality),
    rangeChange("minutes per session", before.minutesPerSession, after.minutesPerSession),
    rangeChange("sessions per week", before.sessionsPerWeek, after.sessionsPerWeek),
    rangeChange("weeks", before.weeks, after.weeks),
    rangeChange("total sessions", before.totalSessions, after.totalSessions),
    textChange("dose summary", before.doseSummary, after.doseSummary),
    listChange("adjuncts", before.adjuncts, after.adjuncts),
    before.certainty === after.certainty ? null : `certainty ${before.certainty} ${ARROW} ${after.certainty}`,
    before.strength === after.strength ? null : `strength ${before.strength} ${ARROW} ${after.strength}`,
    textChange("rationale", before.rationale, after.rationale),
    textChange("conflicting guidance", before.conflictingGuidance, after.conflictingGuidance),
    listChange("precautions", before.precautions, after.precautions),
    added.length > 0 ? `now cites ${added.map(studyName).join(", ")}` : null,
    removed.length > 0 ? `no longer cites ${removed.map(studyName).join(", ")}` : null,
  ];
  return changes.filter((c): c is string => c !== null);
}

function safetyRuleFieldLines(before: SafetyRule, after: SafetyRule): string[] {
  const changes = [
    retiredChange(before.retired, after.retired),
    textChange("label", before.label, after.label),
    textChange("finding", before.finding, after.finding),
    before.severity === after.severity ? null : `severity ${before.severity} ${ARROW} ${after.severity}`,
    textChange("severity note", before.severityNote, after.severityNote),
    textChange("guidance", before.guidance, after.guidance),
    textChange("source", before.source, after.source),
    textChange("patient text", before.patientText ?? null, after.patientText ?? null),
    sameJson(before.triggers ?? [], after.triggers ?? []) ? null : "text triggers edited",
    sameJson(before.trimesterGuidance ?? [], after.trimesterGuidance ?? []) ? null : "trimester guidance edited",
  ];
  return changes.filter((c): c is string => c !== null);
}

/**
 * Change lines from one evidence version to the next, e.g.
 * "Knee osteoarthritis recommendation: minutes per session 60 → 45", "Study added: Smith 2024",
 * 'Safety rule "dvt" severity defer → modify'. Empty when nothing changed.
 */
export function describeEvidenceChanges(before: EvidenceContent, after: EvidenceContent): string[] {
  const conditionNames = new Map<string, string>();
  for (const c of [...before.conditions, ...after.conditions]) conditionNames.set(c.slug, c.name);
  const studyNames = new Map<string, string>();
  for (const s of [...before.studies, ...after.studies]) studyNames.set(s.id, studyShortLabel(s));
  const studyName = (id: string) => studyNames.get(id) ?? id;
  const recName = (r: Recommendation) => `${conditionNames.get(r.conditionSlug) ?? r.conditionSlug} recommendation`;

  const lines = [
    ...itemLines(
      "Condition",
      before.conditions,
      after.conditions,
      (c) => c.slug,
      (c) => c.name,
      conditionLabels,
    ),
    ...itemLines(
      "Study",
      before.studies,
      after.studies,
      (s) => s.id,
      (s) => studyShortLabel(s),
      studyLabels,
    ),
  ];

  const oldRecs = byKey(before.recommendations, (r) => r.id);
  const newRecIds = new Set(after.recommendations.map((r) => r.id));
  for (const rec of after.recommendations) {
    const prev = oldRecs.get(rec.id);
    if (prev === undefined) lines.push(`${recName(rec)} added`);
    else lines.push(...recommendationFieldLines(prev, rec, studyName).map((c) => `${recName(rec)}: ${c}`));
  }
  for (const rec of before.recommendations) {
    if (!newRecIds.has(rec.id)) lines.push(`${recName(rec)} removed`);
  }

  const oldRules = byKey(before.safetyRules, (r) => r.code);
  const newRuleCodes = new Set(after.safetyRules.map((r) => r.code));
  for (const rule of after.safetyRules) {
    const prev = oldRules.get(rule.code);
    if (prev === undefined) lines.push(`Safety rule added: "${rule.code}" (${rule.label})`);
    else lines.push(...safetyRuleFieldLines(prev, rule).map((c) => `Safety rule "${rule.code}" ${c}`));
  }
  for (const rule of before.safetyRules) {
    if (!newRuleCodes.has(rule.code)) lines.push(`Safety rule removed: "${rule.code}" (${rule.label})`);
  }
  return lines;
}
