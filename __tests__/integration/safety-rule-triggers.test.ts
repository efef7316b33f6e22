import { saveSafetyRuleAction } from "@/lib/actions/save-safety-rule";
import { screenIntakeTextAction } from "@/lib/actions/screen-intake-text";
import { suggestReferralAction } from "@/lib/actions/suggest-referral";
import { getCurrentEvidence } from "@/lib/data/evidence";
import { db } from "@/lib/db/client";
import type { EvidenceSnapshot, SafetyRule } from "@/lib/schemas/evidence";
import { safetyRuleToForm } from "@/lib/schemas/evidence-edit";
import { BUILT_IN_CODE_REFUSED, triggerToForm } from "@/lib/schemas/safety-trigger-edit";
import { textTrigger } from "@/lib/schemas/safety-rule";
import { createTestUser, seedEvidenceForTest } from "../support/db-fixtures";
import { intakeInput } from "../support/intake-fixtures";
import { signInAs } from "../support/sign-in-as";

/**
 * Admin editing of what makes a curated safety rule apply (its text triggers), on a real SQLite
 * database: each save is a new evidence version with an audit event, the screen uses the new words at
 * once, and nothing an admin can do turns a built-in emergency into a referral.
 */

let adminEmail = "";
let clinicianEmail = "";
beforeAll(async () => {
  await seedEvidenceForTest();
  adminEmail = (await createTestUser({ role: "ADMIN", name: "Rule Admin" })).email;
  clinicianEmail = (await createTestUser({ role: "CLINICIAN", name: "Dr Rules" })).email;
});

async function current(): Promise<EvidenceSnapshot> {
  const snapshot = await getCurrentEvidence();
  if (!snapshot) throw new Error("no evidence");
  return snapshot;
}
const ruleOf = (s: EvidenceSnapshot, code: string): SafetyRule => {
  const rule = s.content.safetyRules.find((r) => r.code === code);
  if (!rule) throw new Error(`no rule ${code}`);
  return rule;
};
const envelope = (s: EvidenceSnapshot, originalKey: string, reason = "Curating the safety rule's words") => ({
  baseVersionId: s.versionId,
  originalKey,
  reason,
});

async function bleedingFoundIn(medications: string): Promise<boolean> {
  await signInAs({ email: clinicianEmail });
  const res = await screenIntakeTextAction({ complaint: "knee OA", medications, notes: "" });
  if (!res.ok) throw new Error(res.error);
  return res.data.found.some((f) => f.code === "bleeding");
}

test("an added phrase is a new, audited evidence version and the screen finds it at once", async () => {
  expect(await bleedingFoundIn("takes nattokinase capsules daily")).toBe(false);
  const admin = await signInAs({ email: adminEmail });
  const before = await current();
  const form = safetyRuleToForm(ruleOf(before, "bleeding"));
  const triggers = [...(form.triggers ?? []), triggerToForm(textTrigger("fibrinolytic supplement", ["nattokinase", "lumbrokinase"]))];
  const saved = await saveSafetyRuleAction({ ...envelope(before, "bleeding"), entity: { ...form, triggers } });
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  expect(saved.data.versionNumber).toBe(before.versionNumber + 1);

  const after = await current();
  expect(ruleOf(after, "bleeding").triggers?.at(-1)).toEqual(textTrigger("fibrinolytic supplement", ["nattokinase", "lumbrokinase"]));
  // The other triggers, and the readings and thresholds they carry, are unchanged.
  expect(ruleOf(after, "bleeding").triggers?.slice(0, -1)).toEqual(ruleOf(before, "bleeding").triggers);
  const audit = await db.auditEvent.findFirstOrThrow({
    where: { userId: admin.id, action: "evidence.update", resourceId: after.versionId },
  });
  expect(audit.detail).toContain("safety-rule=bleeding");
  expect(await bleedingFoundIn("takes nattokinase capsules daily")).toBe(true);
  // The old version is kept as it was.
  const old = await db.evidenceVersion.findUniqueOrThrow({ where: { id: before.versionId } });
  expect(old.number).toBe(before.versionNumber);
});

test("an 'unless' phrase an admin adds stops the trigger; negated mentions never counted anyway", async () => {
  expect(await bleedingFoundIn("warfarin")).toBe(true);
  expect(await bleedingFoundIn("no warfarin")).toBe(false);
  await signInAs({ email: adminEmail });
  const before = await current();
  const form = safetyRuleToForm(ruleOf(before, "bleeding"));
  const triggers = (form.triggers ?? []).map((t) =>
    t.label === "anticoagulant" ? { ...t, unless: `${t.unless}\nwarfarin clinic discharged` } : t,
  );
  const saved = await saveSafetyRuleAction({ ...envelope(before, "bleeding"), entity: { ...form, triggers } });
  expect(saved).toMatchObject({ ok: true });
  expect(await bleedingFoundIn("warfarin, warfarin clinic discharged")).toBe(false);
  expect(await bleedingFoundIn("warfarin")).toBe(true);
});

test("a trigger without phrases, and a curated rule taking a built-in emergency's code, are refused; no version is made", async () => {
  await signInAs({ email: adminEmail });
  const before = await current();
  const form = safetyRuleToForm(ruleOf(before, "bleeding"));
  const empty = await saveSafetyRuleAction({
    ...envelope(before, "bleeding"),
    entity: { ...form, triggers: [...(form.triggers ?? []), { ...triggerToForm(textTrigger("nothing", [])), phrases: "  \n " }] },
  });
  expect(empty).toMatchObject({ ok: false });
  expect(JSON.stringify(empty)).toContain("A trigger needs at least one phrase");

  const shadow = await saveSafetyRuleAction({
    ...envelope(before, ""),
    entity: {
      ...safetyRuleToForm(null),
      code: "cauda-equina",
      label: "Chronic bladder symptoms",
      finding: "Long-standing bladder symptoms",
      severity: "local",
      guidance: "Refer as usual.",
      source: "Admin test",
    },
  });
  expect(shadow).toMatchObject({ ok: false, fieldErrors: { "entity.code": [BUILT_IN_CODE_REFUSED] } });
  expect((await current()).versionNumber).toBe(before.versionNumber);
});

test("an admin cannot weaken a built-in emergency: a curated trigger on its words with a mild severity leaves it an emergency", async () => {
  await signInAs({ email: adminEmail });
  const before = await current();
  const form = safetyRuleToForm(ruleOf(before, "sensory-loss"));
  const mild = {
    ...triggerToForm(textTrigger("bladder words", ["urinary retention", "saddle numbness"])),
    severity: "local" as const,
    guidance: "Refer as usual.",
  };
  const saved = await saveSafetyRuleAction({
    ...envelope(before, "sensory-loss"),
    entity: { ...form, triggers: [...(form.triggers ?? []), mild] },
  });
  expect(saved).toMatchObject({ ok: true });

  await signInAs({ email: clinicianEmail });
  const res = await suggestReferralAction(
    intakeInput({ complaint: "chronic low back pain with new urinary retention and saddle numbness" }),
  );
  if (!res.ok) throw new Error(res.error);
  expect(res.data.safety.outcome).toBe("emergency");
  expect(res.data.safety.deferred.map((d) => d.code)).toContain("cauda-equina");
  expect(res.data.blocked).toBe(true);
});
