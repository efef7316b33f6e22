import type { SafetyRule } from "@/lib/schemas/evidence";
import {
  screen,
  type DismissedFinding,
  type ScreenFinding,
  type ScreenOutcome,
  type ScreenSeverity,
  type ScreenVerdict,
} from "@/lib/domain/safety/engine";
import type { AgeSignal } from "@/lib/domain/safety/patient-signals";

export { CHILD_RULE, PREGNANCY_RULE } from "@/lib/domain/safety/engine";
export { EMERGENCY_ASSESSMENT } from "@/lib/domain/safety/built-in-rules";

/**
 * One safety rule (curated, or a built-in emergency stop) that applies to this patient, as the intake page
 * and the referral show it: the engine's finding with its triggers as lines the clinician can check.
 */
export type SafetyItem = Omit<ScreenFinding, "triggers"> & { triggers: string[] };

export interface SafetyScreen {
  outcome: ScreenOutcome;
  /** Emergency or defer: do not refer now; the guidance says what to do instead. Any entry blocks the referral. */
  deferred: SafetyItem[];
  /** Local: refer, but the therapist avoids the area. */
  areasToAvoid: SafetyItem[];
  /** Modify: refer with a technique change or physician approval. */
  techniqueChanges: SafetyItem[];
  /** Every applicable item as one printable line, most severe first. */
  precautions: string[];
  blocked: boolean;
  /** Findings read from the text (not ticked), for the form: "found in the text: …". */
  foundInText: ScreenVerdict["foundInText"];
  /** Text findings the clinician unticked, with the reason, which were therefore not applied. */
  dismissed: ScreenVerdict["dismissed"];
  /** Under 18 (by date of birth, age, or words): the evidence base has no evidence for children. */
  child: boolean;
  /** Pregnant, with the trimester when known. */
  pregnancy: { weeks: number | null; trimester: 1 | 2 | 3 | null } | null;
}

export interface SafetyScreenInput {
  /** Safety rules of the evidence version in use; retired ones are ignored. */
  rules: readonly SafetyRule[];
  /** Rule codes ticked on the intake form. */
  findings: readonly string[];
  dismissed?: readonly DismissedFinding[];
  complaint?: string;
  medications?: string;
  notes?: string;
  age?: AgeSignal | null;
  pregnant?: boolean;
  pregnancyWeeks?: number | null;
  /** Recorded sex is male: pregnancy words in the text are not applied. */
  male?: boolean;
  /** Rules implied by something other than a tick, e.g. the complaint matched cancer-related symptoms. */
  implied?: readonly { code: string; why: string }[];
}

/**
 * Apply the evidence base's safety rules and the built-in emergency stops to one patient
 * (lib/domain/safety/engine.ts; rules: prisma/evidence/safety-rules/, sources per rule), and
 * shape the verdict for the intake page and the referral: blocked when anything defers or is an emergency.
 */
export function screenSafety(input: SafetyScreenInput): SafetyScreen {
  const verdict = screen({
    rules: input.rules,
    ticked: input.findings,
    dismissed: input.dismissed,
    texts: { complaint: input.complaint ?? "", medications: input.medications, notes: input.notes },
    age: input.age ?? null,
    pregnancy: input.pregnant ? { weeks: input.pregnancyWeeks ?? null } : null,
    pregnancyImpossible: input.male,
    implied: input.implied,
  });
  const items = verdict.findings.map(toItem);
  const deferred = items.filter((i) => i.severity === "emergency" || i.severity === "defer");
  return {
    outcome: verdict.outcome,
    deferred,
    areasToAvoid: items.filter((i) => i.severity === "local"),
    techniqueChanges: items.filter((i) => i.severity === "modify"),
    precautions: items.map(safetyLine),
    blocked: deferred.length > 0,
    foundInText: verdict.foundInText,
    dismissed: verdict.dismissed,
    child: verdict.child !== null,
    pregnancy: verdict.pregnancy ? { weeks: verdict.pregnancy.weeks, trimester: verdict.pregnancy.trimester } : null,
  };
}

function toItem({ triggers, ...rest }: ScreenFinding): SafetyItem {
  return { ...rest, triggers: triggers.map((t) => t.why) };
}

const PREFIX: Record<ScreenSeverity, string> = {
  emergency: "Emergency: do not refer",
  defer: "Do not refer now",
  local: "Avoid the area",
  modify: "Change technique",
};

/** "Do not refer now — Deep vein thrombosis: do not refer until … (source: Mayo Clinic)". */
export function safetyLine(item: SafetyItem): string {
  const note = item.severityNote ? ` [${item.severityNote}]` : "";
  return `${PREFIX[item.severity]} — ${item.label}: ${item.guidance.replace(/\.$/, "")}${note} (source: ${item.source})`;
}
