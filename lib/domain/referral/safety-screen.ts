import type { SafetyRule, SafetySeverity } from "@/lib/schemas/evidence";
import type { ComplaintFacts, RedFlag, RedFlagCode } from "@/lib/domain/matcher/types";

/** One safety rule (or built-in red-flag stop) that applies to this patient, with what triggered it. */
export interface SafetyItem {
  code: string;
  label: string;
  severity: SafetySeverity;
  /** The rule's own qualification of its severity, e.g. "defer at the fracture site". */
  severityNote: string | null;
  guidance: string;
  source: string;
  /** Why it applies, in words the clinician can check: "ticked on the intake form", 'complaint: "…"'. */
  triggers: string[];
}

export interface SafetyScreen {
  /** Defer: do not refer now; the guidance says what to do instead. Any entry blocks the referral. */
  deferred: SafetyItem[];
  /** Local: refer, but the therapist avoids the area. */
  areasToAvoid: SafetyItem[];
  /** Modify: refer with a technique change or physician approval. */
  techniqueChanges: SafetyItem[];
  /** Every applicable item as one printable line, defer first, plus notes about cautionary red flags. */
  precautions: string[];
  blocked: boolean;
}

export interface SafetyScreenInput {
  /** Safety rules of the evidence version in use; retired ones are ignored. */
  rules: readonly SafetyRule[];
  /** Rule codes ticked on the intake form. */
  findings: readonly string[];
  pregnant?: boolean;
  pregnancyWeeks?: number | null;
  /** Red flags the matcher found in the complaint. */
  redFlags?: readonly RedFlag[];
  /** The matcher's facts; their red flags are merged with `redFlags`. */
  complaintFacts?: ComplaintFacts | null;
  /** Rules implied by something other than a tick, e.g. the complaint matched cancer-related symptoms. */
  implied?: readonly { code: string; why: string }[];
}

export const PREGNANCY_RULE = "pregnancy";
export const NEURO_RED_FLAGS_RULE = "neuro-red-flags";
export const URGENT_ASSESSMENT = "Urgent medical assessment instead of referral";

/**
 * Which safety rule a red flag in the complaint stands for (reference.md safety table: the
 * neuro-red-flags row lists new deficit, saddle anaesthesia, bladder/bowel change and unexplained weight
 * loss with back pain; fever maps to fever-infection). Flags without a rule here only add a caution,
 * unless the matcher calls them an emergency.
 */
const redFlagRule: Partial<Record<RedFlagCode, string>> = {
  "cauda-equina": NEURO_RED_FLAGS_RULE,
  "neuro-deficit": NEURO_RED_FLAGS_RULE,
  "weight-loss": NEURO_RED_FLAGS_RULE,
  "thunderclap-headache": NEURO_RED_FLAGS_RULE,
  fever: "fever-infection",
};

const severityOrder: Record<SafetySeverity, number> = { defer: 0, modify: 1, local: 2 };

/**
 * Apply the evidence base's safety rules to one patient (contraindication table of
 * shared/evidence/reference.md: Mayo Clinic, MSU, NCCIH, Walton; red flags in the ACP 2017 context).
 *
 * - A ticked finding applies its rule at the rule's severity.
 * - Pregnancy applies the pregnancy rule even when its box was not ticked.
 * - Red flags from the complaint apply their rule; an "emergency" red flag always defers with
 *   "urgent medical assessment instead of referral", even if the matching rule was retired or missing,
 *   because no curation change should turn cauda equina into a massage referral.
 * - Retired rules and unknown codes are ignored.
 * Pure and deterministic: items follow severity, then the order of the rules.
 */
export function screenSafety(input: SafetyScreenInput): SafetyScreen {
  const active = input.rules.filter((r) => !r.retired);
  const byCode = new Map(active.map((r) => [r.code, r]));
  const triggered = new Map<string, string[]>();
  const builtIn = new Map<string, SafetyItem>();
  const cautions: string[] = [];

  const trigger = (code: string, why: string): boolean => {
    if (!byCode.has(code)) return false;
    const list = triggered.get(code) ?? [];
    if (!list.includes(why)) list.push(why);
    triggered.set(code, list);
    return true;
  };

  for (const code of input.findings) trigger(code, "ticked on the intake form");

  if (input.pregnant) {
    const weeks = input.pregnancyWeeks ? ` (${input.pregnancyWeeks} weeks)` : "";
    trigger(PREGNANCY_RULE, `patient is pregnant${weeks}`);
  }

  for (const item of input.implied ?? []) trigger(item.code, item.why);

  for (const flag of mergeRedFlags(input.redFlags ?? [], input.complaintFacts?.redFlags ?? [])) {
    const why = `complaint: "${flag.span.text}" (${flag.label})`;
    const ruleCode = redFlagRule[flag.code];
    const applied = ruleCode !== undefined && trigger(ruleCode, why);
    const rule = applied && ruleCode ? byCode.get(ruleCode) : undefined;
    if (flag.urgency === "emergency" && rule?.severity !== "defer") {
      addBuiltInStop(builtIn, flag, why);
    } else if (!applied) {
      cautions.push(`Red flag in the complaint: ${flag.label} ("${flag.span.text}"). Exclude it before massage.`);
    }
  }

  const items: SafetyItem[] = active
    .filter((r) => triggered.has(r.code))
    .map((r) => ({
      code: r.code,
      label: r.label,
      severity: r.severity,
      severityNote: r.severityNote,
      guidance: r.guidance,
      source: r.source,
      triggers: triggered.get(r.code) ?? [],
    }));
  const ordered = [...builtIn.values(), ...items].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);

  const deferred = ordered.filter((i) => i.severity === "defer");
  return {
    deferred,
    areasToAvoid: ordered.filter((i) => i.severity === "local"),
    techniqueChanges: ordered.filter((i) => i.severity === "modify"),
    precautions: [...ordered.map(safetyLine), ...cautions],
    blocked: deferred.length > 0,
  };
}

/** "Do not refer now — Suspected DVT: do not refer until … (source: Mayo Clinic)". */
export function safetyLine(item: SafetyItem): string {
  const prefix = item.severity === "defer" ? "Do not refer now" : item.severity === "local" ? "Avoid the area" : "Change technique";
  const note = item.severityNote ? ` [${item.severityNote}]` : "";
  return `${prefix} — ${item.label}: ${item.guidance.replace(/\.$/, "")}${note} (source: ${item.source})`;
}

function mergeRedFlags(a: readonly RedFlag[], b: readonly RedFlag[]): RedFlag[] {
  const seen = new Set<string>();
  const out: RedFlag[] = [];
  for (const flag of [...a, ...b]) {
    const key = `${flag.code}:${flag.span.start}:${flag.span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(flag);
  }
  return out;
}

function addBuiltInStop(builtIn: Map<string, SafetyItem>, flag: RedFlag, why: string): void {
  const code = `red-flag-${flag.code}`;
  const existing = builtIn.get(code);
  if (existing) {
    if (!existing.triggers.includes(why)) existing.triggers.push(why);
    return;
  }
  builtIn.set(code, {
    code,
    label: `Emergency red flag: ${flag.label}`,
    severity: "defer",
    severityNote: null,
    guidance: `${URGENT_ASSESSMENT}: arrange same-day medical or emergency assessment. Do not refer for massage.`,
    source: "Clinical red flags (ACP 2017 context); built into MassageRx, not curated",
    triggers: [why],
  });
}
