import type { MatcherIndex } from "@/lib/domain/matcher";
import { matchComplaint } from "@/lib/domain/matcher";
import type { Dose } from "@/lib/domain/evidence/dose-format";
import type { ScreenOutcome, ScreenSeverity } from "@/lib/domain/safety/engine";
import { BUILT_IN_CODES } from "@/lib/domain/safety/built-in-rules";
import type { AgeSignal } from "@/lib/domain/safety/patient-signals";
import type { EvidenceSnapshot } from "@/lib/schemas/evidence";
import type { IntakeInput } from "@/lib/schemas/intake";
import { ageFromDob } from "@/lib/domain/labels/intake";
import type { SuggestBatchLine } from "@/lib/schemas/suggest-batch";
import { buildSuggestions } from "./suggest";

/** One output line of `npm run suggest`: the same suggestion the intake page makes, as data. */
export interface SuggestBatchResult {
  id: string | number;
  condition: string | null;
  dose: (Dose & { line: string }) | null;
  safety: { outcome: ScreenOutcome; rules: { code: string; severity: ScreenSeverity; trigger: string }[] };
  /** Things about the input worth knowing (an unknown finding code), never silently dropped. */
  warnings?: string[];
}

/**
 * Finding codes as other systems (or the wording) may write them, mapped to the seeded rule codes.
 * Only spelling variants of the same finding: nothing here changes what a rule means.
 */
const FINDING_ALIASES: Record<string, string> = {
  anticoagulant: "bleeding",
  anticoagulants: "bleeding",
  "bleeding-risk": "bleeding",
  "bleeding-disorder": "bleeding",
  antiplatelet: "bleeding",
  fever: "fever-infection",
  infection: "fever-infection",
  "deep-vein-thrombosis": "dvt",
  neuropathy: "sensory-loss",
  "peripheral-neuropathy": "sensory-loss",
  "sensory-loss": "sensory-loss",
  pacemaker: "implanted-device",
  "implanted-devices": "implanted-device",
  icd: "implanted-device",
  aaa: "abdominal-aortic-aneurysm",
  "aortic-aneurysm": "abdominal-aortic-aneurysm",
  hypertension: "uncontrolled-hypertension",
  "recent-mi": "cardiac-unstable",
  "unstable-angina": "cardiac-unstable",
  "myocardial-infarction": "cardiac-unstable",
  "decompensated-heart-failure": "heart-failure",
  "varicose-vein": "varicose-veins",
  thrombophlebitis: "varicose-veins",
  "contagious-skin-condition": "contagious-skin",
  "recent-injection": "injection-site",
  "injection-sites": "injection-site",
  corticosteroids: "fragile-skin",
  steroids: "fragile-skin",
  "long-term-corticosteroids": "fragile-skin",
  "anterior-neck": "anterior-neck-older-adult",
  "bone-mets": "bone-metastases",
  "bone-metastasis": "bone-metastases",
  "neurological-red-flags": "neuro-red-flags",
  "neuro-deficit": "neuro-red-flags",
  thunderclap: "thunderclap-headache",
  surgery: "recent-surgery",
  wound: "skin",
  lymphoedema: "lymphedema",
  pregnant: "pregnancy",
};

export function suggestBatchLine(snapshot: EvidenceSnapshot, index: MatcherIndex, line: SuggestBatchLine, today: Date): SuggestBatchResult {
  const known = new Set([...snapshot.content.safetyRules.filter((r) => !r.retired).map((r) => r.code), ...BUILT_IN_CODES]);
  const warnings: string[] = [];
  // Stryker disable next-line ArrayDeclaration: equivalent, a code no rule has is ignored by the screen
  const findings: string[] = [];
  for (const raw of line.findings ?? []) {
    const code = raw.toLowerCase();
    // An alias counts only when its rule is in force: an alias of a retired rule is reported, not dropped.
    const mapped = known.has(code) ? code : FINDING_ALIASES[code];
    // (Its "mapped !== undefined" → true mutant is equivalent and left in the score: known.has(undefined) is false.)
    if (mapped !== undefined && known.has(mapped)) findings.push(mapped);
    else warnings.push(`unknown finding code "${raw}" ignored`);
  }
  const weeks = line.pregnantWeeks ? line.pregnantWeeks : null;
  // The batch answer carries the condition, the dose and the safety rules only. So the fields marked below
  // cannot change it: the name, the date of birth (the age is passed in, from batchAge), any sex but
  // "male" (the only one the screen reads), the prenatal-trained therapist (it changes the card's
  // modality and warnings, not printed here), and the empty lists and texts the form would hold.
  const intake: IntakeInput = {
    // Stryker disable next-line StringLiteral: equivalent, see above
    patientName: "batch",
    // Stryker disable next-line StringLiteral,LogicalOperator: equivalent, see above
    dateOfBirth: line.dob ?? "",
    // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: equivalent but for "male", whose test kills "true"
    sex: line.sex === "other" || !line.sex ? "unknown" : line.sex,
    mrn: undefined,
    pregnant: weeks !== null,
    pregnancyWeeks: weeks,
    // Stryker disable next-line all: equivalent, see above
    prenatalTrainedTherapist: weeks !== null && line.prenatalTrainedTherapist === true,
    complaint: line.complaint,
    // Stryker disable next-line ArrayDeclaration: equivalent, see above
    painLocations: [],
    duration: undefined,
    painIntensity: null,
    // Stryker disable next-line StringLiteral: equivalent, see above
    goals: "",
    safetyFindings: findings,
    // Stryker disable next-line ArrayDeclaration: equivalent, see above
    dismissedFindings: [],
    // Stryker disable next-line StringLiteral: equivalent, the words "Stryker was here!" hold no safety cue
    medications: line.medications ?? "",
    // Stryker disable next-line StringLiteral: equivalent, the words "Stryker was here!" hold no safety cue
    notes: line.notes ?? "",
  };
  const result = buildSuggestions({
    snapshot,
    // Stryker disable next-line ObjectLiteral: equivalent here, `now` makes a duration reproducible and the answer carries no duration
    match: matchComplaint(index, line.complaint, { now: today }),
    intake,
    age: batchAge(line, today),
    today,
  });
  const top = result.cards[0] ?? null;
  const refer = result.safety.outcome === "clear" || result.safety.outcome === "precautions";
  const dose = top && refer && top.recommendationId ? { ...top.dose, line: top.doseLine } : null;
  const rules = [...result.safety.deferred, ...result.safety.techniqueChanges, ...result.safety.areasToAvoid].map((i) => ({
    code: i.code,
    severity: i.severity,
    trigger: i.triggers.join("; "),
  }));
  return {
    id: line.id,
    condition: top?.conditionSlug ?? null,
    dose,
    safety: { outcome: result.safety.outcome, rules },
    ...(warnings.length ? { warnings } : {}),
  };
}

function batchAge(line: SuggestBatchLine, today: Date): AgeSignal | null {
  const fromDob = line.dob ? ageFromDob(line.dob, today) : null;
  if (fromDob !== null && fromDob >= 0) return { years: fromDob, from: "date of birth" };
  // (Its "line.age !== null" → true mutant is equivalent and left in the score: an undefined age makes no child.)
  if (line.age !== null && line.age !== undefined) return { years: line.age, from: "age field" };
  return null;
}
