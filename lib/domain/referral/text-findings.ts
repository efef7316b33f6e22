import type { SafetyRule } from "@/lib/schemas/evidence";
import type { AgeSignal } from "@/lib/domain/safety/patient-signals";
import type { TextField } from "@/lib/domain/safety/text-scan";
import { screen } from "@/lib/domain/safety/engine";

/**
 * What the intake form shows beside its red-flag boxes while the clinician types: each curated rule the
 * safety screen finds in the complaint, medications or notes ("found in the text: 'on apixaban'"), which
 * pre-ticks its box, and each built-in emergency found there, which has no box and cannot be set aside.
 * The form's own ticks and dismissals are left out on purpose: this is what the text alone says.
 */
export interface TextFinding {
  code: string;
  label: string;
  /** The words as written, once each, in the order found. */
  words: string[];
  fields: TextField[];
}

export interface TextFindings {
  /** Curated rules found in the text: the form pre-ticks their boxes; unticking one needs a reason. */
  found: TextFinding[];
  /** Built-in emergency stops found in the text: shown as an alert, never dismissible. */
  emergencies: TextFinding[];
}

export interface TextFindingsInput {
  rules: readonly SafetyRule[];
  complaint: string;
  medications: string;
  notes: string;
  age: AgeSignal | null;
}

function group(entries: readonly { code: string; label: string; field: TextField | null; words: string | null }[]): TextFinding[] {
  const byCode = new Map<string, TextFinding>();
  for (const e of entries) {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, the engine gives every text trigger and foundInText entry both a field and words; the guard narrows the type
    if (e.field === null || e.words === null) continue;
    const f = byCode.get(e.code) ?? { code: e.code, label: e.label, words: [], fields: [] };
    if (!f.words.includes(e.words)) f.words.push(e.words);
    if (!f.fields.includes(e.field)) f.fields.push(e.field);
    byCode.set(e.code, f);
  }
  return [...byCode.values()];
}

export function textFindings(input: TextFindingsInput): TextFindings {
  const verdict = screen({
    rules: input.rules,
    // Stryker disable next-line ArrayDeclaration: equivalent, a ticked code that no rule has ticks nothing
    ticked: [],
    texts: { complaint: input.complaint, medications: input.medications, notes: input.notes },
    age: input.age,
  });
  const emergencies = verdict.findings
    // Both conditions on purpose (either alone already gives the same list: curated rules are never
    // "emergency", and the one non-emergency built-in, the child rule, fires by age, not by text words).
    .filter((f) => f.builtIn && f.severity === "emergency")
    .flatMap((f) =>
      // Stryker disable next-line MethodExpression,ConditionalExpression: equivalent, nothing is ticked here and no built-in stop has a reading or age trigger, so every trigger is text
      f.triggers.filter((t) => t.kind === "text").map((t) => ({ code: f.code, label: f.label, field: t.field, words: t.words })),
    );
  return { found: group(verdict.foundInText), emergencies: group(emergencies) };
}
