import type { SafetyRule, SafetySeverity, SafetyTrigger } from "@/lib/schemas/safety-rule";
import { BUILT_IN_CODES, BUILT_IN_RULES } from "./built-in-rules";
import {
  ageFromText,
  childFromWords,
  ADULT_AGE,
  pregnancyFromText,
  trimesterOf,
  type AgeSignal,
  type ChildSignal,
  type PregnancySignal,
} from "./patient-signals";
import { formatReading, readReadings, type Reading } from "./readings";
import { findMentions, scanText, type Mention, type ScannedText, type TextField } from "./text-scan";
import { CHILD_RULE, PREGNANCY_RULE } from "./rule-codes";

export { CHILD_RULE, PREGNANCY_RULE };

/**
 * The safety screen's one engine: pure, deterministic, explaining every outcome. It applies the curated
 * rules of an evidence version (ticked, found in the text, read from a number, implied by the matched
 * condition) and the built-in emergency stops, and says for each finding which rule, which words or box,
 * and which severity. Outcome: emergency > defer > precautions > clear.
 */

export type ScreenSeverity = "emergency" | SafetySeverity;
export type ScreenOutcome = "clear" | "precautions" | "defer" | "emergency";

export interface FindingTrigger {
  kind: "ticked" | "text" | "reading" | "age" | "pregnancy" | "implied";
  /** What the clinician can check: 'medications: "Eliquis" (anticoagulant)', "ticked on the intake form". */
  why: string;
  field: TextField | null;
  /** The words as written, when found in the text. */
  words: string | null;
}

export interface ScreenFinding {
  code: string;
  label: string;
  severity: ScreenSeverity;
  severityNote: string | null;
  /** Therapist-facing instruction. */
  guidance: string;
  /** Patient-facing plain words (for the patient copy); null when the rule has none. */
  patientText: string | null;
  source: string;
  builtIn: boolean;
  triggers: FindingTrigger[];
}

export interface DismissedFinding {
  code: string;
  reason: string;
}

export interface ScreenInput {
  rules: readonly SafetyRule[];
  /** Rule codes the clinician ticked. */
  ticked: readonly string[];
  /** Findings found in the text that the clinician unticked, each with a reason. Emergencies cannot be dismissed. */
  dismissed?: readonly DismissedFinding[];
  texts: { complaint: string; medications?: string; notes?: string };
  /** From the date of birth or age field; the text is read when absent. */
  age?: AgeSignal | null;
  /** Recorded as pregnant on the form (weeks if given); the text is read too. */
  pregnancy?: { weeks: number | null } | null;
  /** The patient cannot be pregnant (recorded sex male): pregnancy words are not applied. */
  pregnancyImpossible?: boolean;
  /** Rules implied by something else, e.g. the complaint matched cancer-related symptoms. */
  implied?: readonly { code: string; why: string }[];
}

export interface ScreenVerdict {
  outcome: ScreenOutcome;
  /** Most severe first; one entry per rule code. */
  findings: ScreenFinding[];
  /** Findings found in the text only (not ticked), for the form to pre-tick: one per rule and trigger. */
  foundInText: { code: string; label: string; field: TextField; words: string; why: string }[];
  /** Dismissed text findings that were therefore not applied, with the clinician's reason and the words found. */
  dismissed: { code: string; label: string; reason: string; words: string[] }[];
  age: AgeSignal | null;
  child: ChildSignal | null;
  pregnancy: PregnancySignal | null;
}

const SEVERITY_RANK: Record<ScreenSeverity, number> = { emergency: 0, defer: 1, modify: 2, local: 3 };
const MEDICATIONS_ONLY = new Set<TextField>(["medications"]);

interface Context {
  texts: ScannedText[];
  readings: Reading[];
  age: AgeSignal | null;
  cache: Map<string, Mention[]>;
}

function affirmed(ctx: Context, phrases: readonly string[]): Mention[] {
  const key = phrases.join("\u0000");
  const hit = ctx.cache.get(key);
  if (hit) return hit;
  const found = ctx.texts.flatMap((t) => findMentions(t, phrases)).filter((m) => m.status === "affirmed");
  ctx.cache.set(key, found);
  return found;
}

function followedBy(ctx: Context, mention: Mention, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const text = ctx.texts.find((t) => t.field === mention.field)?.text ?? "";
  const next = /^[\s-]*([\p{L}\d]+)/u.exec(text.slice(mention.end).toLowerCase())?.[1];
  return next !== undefined && words.some((w) => (w === "#" ? /^\d/.test(next) : next === w.toLowerCase()));
}

function readingFires(reading: Reading, t: NonNullable<SafetyTrigger["reading"]>): boolean {
  if (reading.measure !== t.measure) return false;
  return (t.atOrBelow !== undefined && reading.value <= t.atOrBelow) || (t.atOrAbove !== undefined && reading.value >= t.atOrAbove);
}

const quoted = (m: { field: TextField; text: string }) => `${m.field}: "${m.text}"`;

/** What fires one trigger, or [] — a trigger's conditions (requiresAll, unless, minAge) gate its words and readings. */
function fireTrigger(ctx: Context, t: SafetyTrigger): FindingTrigger[] {
  if (t.minAge !== undefined && (ctx.age === null || ctx.age.years < t.minAge)) return [];
  if (t.requiresAll.some((group) => affirmed(ctx, group).length === 0)) return [];
  if (t.unless.length > 0 && affirmed(ctx, t.unless).length > 0) return [];
  const out: FindingTrigger[] = [];
  const words = affirmed(ctx, t.phrases).filter((m) => !followedBy(ctx, m, t.notFollowedBy));
  for (const m of words) out.push({ kind: "text", why: `${quoted(m)} (${t.label})`, field: m.field, words: m.text });
  if (t.reading) {
    for (const r of ctx.readings.filter((x) => readingFires(x, t.reading!))) {
      out.push({ kind: "reading", why: `${quoted(r)} (${formatReading(r)}: ${t.label})`, field: r.field, words: r.text });
    }
  }
  if (out.length === 0 && t.phrases.length === 0 && !t.reading && t.minAge !== undefined && ctx.age) {
    out.push({ kind: "age", why: `age ${Math.floor(ctx.age.years)} (${ctx.age.from})`, field: null, words: null });
  }
  return out;
}

interface Applied {
  severity: ScreenSeverity;
  guidance: string;
  patientText: string | null;
  triggers: FindingTrigger[];
}

function merge(into: Map<string, Applied>, code: string, next: Applied): void {
  const prev = into.get(code);
  if (!prev) {
    into.set(code, { ...next, triggers: [...next.triggers] });
    return;
  }
  for (const t of next.triggers) if (!prev.triggers.some((p) => p.why === t.why)) prev.triggers.push(t);
  // The most severe way the rule applies sets its instruction: a suspected DVT defers even when treated words appear too.
  if (SEVERITY_RANK[next.severity] < SEVERITY_RANK[prev.severity]) {
    prev.severity = next.severity;
    prev.guidance = next.guidance;
    prev.patientText = next.patientText;
  }
}

export function screen(input: ScreenInput): ScreenVerdict {
  const texts = [
    scanText("complaint", input.texts.complaint),
    scanText("medications", input.texts.medications ?? ""),
    scanText("notes", input.texts.notes ?? ""),
  ];
  // A recorded date of birth or age wins; otherwise the first age written in the complaint or notes.
  const age = input.age ?? ageFromText(texts[0]!) ?? ageFromText(texts[2]!);
  const ctx: Context = { texts, readings: texts.flatMap((t) => readReadings(t.field, t.text)), age, cache: new Map() };
  const ticked = new Set(input.ticked);
  const dismissed = new Map((input.dismissed ?? []).map((d) => [d.code, d.reason]));
  const applied = new Map<string, Applied>();
  const meta = new Map<string, Omit<ScreenFinding, "severity" | "guidance" | "patientText" | "triggers">>();
  const foundInText: ScreenVerdict["foundInText"] = [];
  const dismissedOut: ScreenVerdict["dismissed"] = [];

  for (const rule of BUILT_IN_RULES) {
    const fired = rule.triggers.flatMap((t) => fireTrigger(ctx, t));
    if (ticked.has(rule.code)) fired.unshift({ kind: "ticked", why: "ticked on the intake form", field: null, words: null });
    if (fired.length === 0) continue;
    meta.set(rule.code, { code: rule.code, label: rule.label, severityNote: null, source: rule.source, builtIn: true });
    merge(applied, rule.code, { severity: "emergency", guidance: rule.guidance, patientText: rule.patientText, triggers: fired });
  }

  // A curated rule reusing a built-in code is ignored: curation cannot soften an emergency stop.
  const curated = input.rules.filter((r) => !r.retired && !BUILT_IN_CODES.has(r.code));
  const pregnancy = pregnancySignal(input, texts);
  for (const rule of curated) {
    const base = { severity: rule.severity as ScreenSeverity, guidance: rule.guidance, patientText: rule.patientText ?? null };
    const fromText: Applied[] = [];
    for (const t of rule.triggers ?? []) {
      const fired = fireTrigger(ctx, t);
      if (fired.length > 0)
        fromText.push({
          severity: t.severity ?? rule.severity,
          guidance: t.guidance ?? rule.guidance,
          patientText: t.patientText ?? base.patientText,
          triggers: fired,
        });
    }
    const parts: Applied[] = [];
    if (ticked.has(rule.code))
      parts.push({ ...base, triggers: [{ kind: "ticked", why: "ticked on the intake form", field: null, words: null }] });
    if (fromText.length > 0 && !ticked.has(rule.code) && dismissed.has(rule.code)) {
      const found = [...new Set(fromText.flatMap((p) => p.triggers.map((t) => t.words).filter((w): w is string => w !== null)))];
      dismissedOut.push({ code: rule.code, label: rule.label, reason: dismissed.get(rule.code) ?? "", words: found });
    } else {
      parts.push(...fromText);
      if (!ticked.has(rule.code)) {
        for (const t of fromText.flatMap((p) => p.triggers)) {
          if (t.field && t.words) foundInText.push({ code: rule.code, label: rule.label, field: t.field, words: t.words, why: t.why });
        }
      }
    }
    // A matched condition implies its rule unless the text names it only as past, negated or a relative's ("in remission").
    if (!onlyNotCurrent(texts, rule)) {
      for (const i of input.implied ?? [])
        if (i.code === rule.code) parts.push({ ...base, triggers: [{ kind: "implied", why: i.why, field: null, words: null }] });
    }
    if (rule.code === PREGNANCY_RULE && pregnancy)
      parts.push({
        ...base,
        guidance: pregnancyGuidance(rule, pregnancy),
        triggers: [{ kind: "pregnancy", why: pregnancy.why, field: null, words: null }],
      });
    if (parts.length === 0) continue;
    meta.set(rule.code, { code: rule.code, label: rule.label, severityNote: rule.severityNote, source: rule.source, builtIn: false });
    for (const part of parts) merge(applied, rule.code, part);
  }

  const child = childSignal(age, texts);
  if (child) {
    meta.set(CHILD_RULE, {
      code: CHILD_RULE,
      label: "Child or adolescent (under 18)",
      severityNote: null,
      source: "MassageRx evidence base: every study population is adult; built in, not curated",
      builtIn: true,
    });
    merge(applied, CHILD_RULE, {
      severity: "modify",
      guidance:
        "No evidence for children in this evidence base: no adult dose is suggested. Any massage plan is the clinician's own decision, with a therapist experienced with children.",
      patientText: "The research behind these massage plans was done with adults, so your clinician will decide the plan for you.",
      triggers: [{ kind: "age", why: child.why, field: child.field, words: child.words }],
    });
  }

  const findings: ScreenFinding[] = [...applied.entries()]
    .map(([code, a]) => {
      const m = meta.get(code);
      return m ? { ...m, severity: a.severity, guidance: a.guidance, patientText: a.patientText, triggers: a.triggers } : null;
    })
    .filter((f): f is ScreenFinding => f !== null)
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  return { outcome: outcomeOf(findings), findings, foundInText, dismissed: dismissedOut, age, child, pregnancy };
}

function onlyNotCurrent(texts: ScannedText[], rule: SafetyRule): boolean {
  const phrases = (rule.triggers ?? []).flatMap((t) => t.phrases);
  if (phrases.length === 0) return false;
  const mentions = texts.flatMap((t) => findMentions(t, phrases));
  return mentions.length > 0 && mentions.every((m) => m.status !== "affirmed");
}

export function outcomeOf(findings: readonly { severity: ScreenSeverity }[]): ScreenOutcome {
  if (findings.some((f) => f.severity === "emergency")) return "emergency";
  if (findings.some((f) => f.severity === "defer")) return "defer";
  return findings.length > 0 ? "precautions" : "clear";
}

function childSignal(age: AgeSignal | null, texts: ScannedText[]): ChildSignal | null {
  if (age) return age.years < ADULT_AGE ? { why: `age ${Math.floor(age.years)} (${age.from})`, field: null, words: null } : null;
  return childFromWords(texts);
}

function pregnancySignal(input: ScreenInput, texts: ScannedText[]): PregnancySignal | null {
  if (input.pregnancy) {
    const weeks = input.pregnancy.weeks;
    return {
      weeks,
      trimester: weeks === null ? null : trimesterOf(weeks),
      why: weeks === null ? "recorded as pregnant" : `recorded as pregnant, ${weeks} weeks`,
    };
  }
  if (input.pregnancyImpossible) return null;
  return pregnancyFromText(texts.filter((t) => !MEDICATIONS_ONLY.has(t.field)));
}

const TRIMESTER_NAMES = { 1: "first", 2: "second", 3: "third" } as const;

function pregnancyGuidance(rule: SafetyRule, p: PregnancySignal): string {
  const extra = p.trimester === null ? null : rule.trimesterGuidance?.find((g) => g.trimester === p.trimester);
  if (p.trimester === null) return `${rule.guidance} Trimester not recorded: ask, and apply the instructions for it.`;
  return `${rule.guidance} ${TRIMESTER_NAMES[p.trimester][0]!.toUpperCase()}${TRIMESTER_NAMES[p.trimester].slice(1)} trimester${extra ? `: ${extra.guidance}` : "."}`;
}
