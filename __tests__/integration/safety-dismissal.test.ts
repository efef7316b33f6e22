import { createReferralAction } from "@/lib/actions/create-referral";
import { screenIntakeTextAction } from "@/lib/actions/screen-intake-text";
import { suggestReferralAction } from "@/lib/actions/suggest-referral";
import { getReferralForUser } from "@/lib/data/referrals";
import { db } from "@/lib/db/client";
import { toFhirServiceRequest } from "@/lib/domain/referral/fhir";
import { buildReferralSheet } from "@/lib/domain/referral/referral-sheet";
import { EMERGENCY_DISMISSAL_REFUSED } from "@/lib/schemas/intake";
import { referralSaveInput } from "../support/action-registry";
import { createTestUser, seedEvidenceForTest } from "../support/db-fixtures";
import { intakeInput } from "../support/intake-fixtures";
import { signInAs } from "../support/sign-in-as";

/**
 * A finding the screen read in the free text and the clinician unticked with a reason: the reason is
 * validated on the server, saved with the referral, audited (codes only), printed on the sheet's
 * override section and in the FHIR note, and the finding is no longer applied.
 */

let clinician: Awaited<ReturnType<typeof createTestUser>>;
beforeAll(async () => {
  await seedEvidenceForTest();
  clinician = await createTestUser({ name: "Dr Dismiss" });
});
beforeEach(async () => {
  await signInAs(clinician);
});

const REASON = "Apixaban stopped three months ago, confirmed with the pharmacy";
const onApixaban = (dismissed: unknown[] = []) => intakeInput({ medications: "on apixaban 5 mg", dismissedFindings: dismissed });

test("the live text screen finds 'apixaban' in the medications and an emergency in the notes, for a signed-in clinician", async () => {
  const res = await screenIntakeTextAction({
    complaint: "knee OA",
    medications: "on apixaban",
    notes: "new urinary retention",
    dateOfBirth: "1960-01-01",
  });
  expect(res).toEqual({
    ok: true,
    data: {
      found: [{ code: "bleeding", label: "Bleeding risk", words: ["apixaban"], fields: ["medications"] }],
      emergencies: [expect.objectContaining({ code: "cauda-equina", words: ["urinary retention"], fields: ["notes"] })],
    },
  });
  expect(await screenIntakeTextAction({ complaint: 42 })).toMatchObject({ ok: false });
});

test("suggest applies the typed anticoagulant with no box ticked, and not once it is set aside with a reason", async () => {
  const applied = await suggestReferralAction(onApixaban());
  if (!applied.ok) throw new Error(applied.error);
  expect(applied.data.safety.techniqueChanges.map((i) => i.code)).toContain("bleeding");
  const setAside = await suggestReferralAction(onApixaban([{ code: "bleeding", reason: REASON }]));
  if (!setAside.ok) throw new Error(setAside.error);
  expect(setAside.data.safety.techniqueChanges.map((i) => i.code)).not.toContain("bleeding");
  expect(setAside.data.safety.dismissed).toEqual([{ code: "bleeding", label: "Bleeding risk", reason: REASON, words: ["apixaban"] }]);
});

test("the reason is saved with the referral, audited, and printed on the sheet and in the FHIR note", async () => {
  const input = referralSaveInput({ intake: onApixaban([{ code: "bleeding", reason: REASON }]) });
  const res = await createReferralAction(input);
  if (!res.ok) throw new Error(JSON.stringify(res));
  const row = await db.referral.findUniqueOrThrow({ where: { id: res.data.id } });
  expect(JSON.parse(row.intake).dismissedFindings).toEqual([{ code: "bleeding", reason: REASON }]);
  const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "referral.create", resourceId: row.id } });
  expect(audit.detail).toContain("dismissedFindings=bleeding");
  expect(audit.detail).not.toContain("pharmacy");

  const view = await getReferralForUser(clinician, row.id);
  if (!view) throw new Error("referral not readable by its owner");
  const sheet = buildReferralSheet(view.sheet, new Date("2026-12-01T12:00:00Z"));
  expect(sheet.overrides).toContainEqual({
    title: 'Safety finding set aside by the referring clinician: Bleeding risk, found in the text: "apixaban"',
    reason: REASON,
    note: "",
  });
  expect(sheet.techniqueChanges.join(" ")).not.toMatch(/Bleeding risk/);
  const notes = (toFhirServiceRequest(view.sheet).note ?? []).map((n) => n.text);
  expect(notes).toContain(
    `Safety finding set aside by the referring clinician — Bleeding risk, found in the text: "apixaban"; reason: ${REASON}`,
  );
});

test("the server refuses a dismissal of a built-in emergency, a missing reason, and a finding both ticked and set aside", async () => {
  const emergency = await createReferralAction(
    referralSaveInput({
      intake: intakeInput({
        notes: "new urinary retention",
        dismissedFindings: [{ code: "cauda-equina", reason: "it is chronic, years old" }],
      }),
    }),
  );
  expect(emergency).toMatchObject({ ok: false, fieldErrors: { "intake.dismissedFindings.0.reason": [EMERGENCY_DISMISSAL_REFUSED] } });
  const suggest = await suggestReferralAction(
    intakeInput({ notes: "new urinary retention", dismissedFindings: [{ code: "cauda-equina", reason: "it is chronic, years old" }] }),
  );
  // Suggest validates the intake alone: its paths are the intake's (the form prefixes them).
  expect(suggest).toMatchObject({ ok: false, fieldErrors: { "dismissedFindings.0.reason": [EMERGENCY_DISMISSAL_REFUSED] } });

  const noReason = await createReferralAction(referralSaveInput({ intake: onApixaban([{ code: "bleeding", reason: "  " }]) }));
  expect(noReason).toMatchObject({
    ok: false,
    fieldErrors: { "intake.dismissedFindings.0.reason": [expect.stringContaining("Say why this finding does not apply")] },
  });
  const both = await createReferralAction(
    referralSaveInput({ intake: { ...onApixaban([{ code: "bleeding", reason: REASON }]), safetyFindings: ["bleeding"] } }),
  );
  expect(both).toMatchObject({
    ok: false,
    fieldErrors: { "intake.dismissedFindings.0.reason": [expect.stringContaining("both ticked and set aside")] },
  });
});
