/**
 * What screenIntakeTextAction answers, computed by the real domain code on the seed evidence: component
 * tests mock the action module (it needs a session and the database) with this.
 */
import type { ActionResult } from "@/lib/actions/action-result";
import { intakeAge } from "@/lib/domain/referral/patient-gates";
import { textFindings, type TextFindings } from "@/lib/domain/referral/text-findings";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";

export async function screenTextLikeTheServer(input: unknown): Promise<ActionResult<TextFindings>> {
  const o = (input ?? {}) as Record<string, string | undefined>;
  const dob = o.dateOfBirth ?? "";
  return {
    ok: true,
    data: textFindings({
      rules: seedEvidence.safetyRules,
      complaint: o.complaint ?? "",
      medications: o.medications ?? "",
      notes: o.notes ?? "",
      age: /^\d{4}-\d{2}-\d{2}$/.test(dob) ? intakeAge({ dateOfBirth: dob }, new Date()) : null,
    }),
  };
}
