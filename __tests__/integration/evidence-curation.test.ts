import { db } from "@/lib/db/client";
import { getCurrentEvidence, getEvidenceVersion, listVersions } from "@/lib/data/evidence";
import { restoreEvidenceVersionAction } from "@/lib/actions/restore-evidence-version";
import { saveConditionAction } from "@/lib/actions/save-condition";
import { saveRecommendationAction } from "@/lib/actions/save-recommendation";
import { saveSafetyRuleAction } from "@/lib/actions/save-safety-rule";
import { saveStudyAction } from "@/lib/actions/save-study";
import { STALE_MESSAGE } from "@/lib/actions/commit-evidence-edit";
import { conditionToForm, recommendationToForm, safetyRuleToForm, studyToForm } from "@/lib/schemas/evidence-edit";
import type { EvidenceSnapshot } from "@/lib/schemas/evidence";
import { createTestUser, seedEvidenceForTest } from "../support/db-fixtures";
import { navigationErrorOf, signInAs } from "../support/sign-in-as";

async function current(): Promise<EvidenceSnapshot> {
  const snapshot = await getCurrentEvidence();
  if (!snapshot) throw new Error("no evidence");
  return snapshot;
}

function kneeRec(snapshot: EvidenceSnapshot) {
  const rec = snapshot.content.recommendations.find((r) => r.id === "knee-osteoarthritis-dose");
  if (!rec) throw new Error("no knee recommendation");
  return rec;
}

/** The knee dose changed from 60 to 45 minutes, as the edit form would submit it. */
function kneeDoseEdit(snapshot: EvidenceSnapshot, reason = "New trial supports shorter sessions") {
  return {
    baseVersionId: snapshot.versionId,
    originalKey: "knee-osteoarthritis-dose",
    reason,
    entity: { ...recommendationToForm(kneeRec(snapshot)), minutesPerSession: "45" },
  };
}

let adminEmail = "";
let clinicianEmail = "";

beforeAll(async () => {
  await seedEvidenceForTest();
  adminEmail = (await createTestUser({ role: "ADMIN", name: "Ada Admin" })).email;
  clinicianEmail = (await createTestUser({ role: "CLINICIAN" })).email;
});

describe("evidence curation: versions", () => {
  test("an edit makes a new version with who, why and readable changes; the old version stays readable", async () => {
    const admin = await signInAs({ email: adminEmail });
    const before = await current();
    const result = await saveRecommendationAction(kneeDoseEdit(before));
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.data.versionNumber).toBe(before.versionNumber + 1);
    expect(result.data.changes).toEqual(["Knee osteoarthritis recommendation: minutes per session 60 → 45"]);

    const after = await current();
    expect(after.versionId).toBe(result.data.versionId);
    expect(kneeRec(after).minutesPerSession).toEqual({ min: 45, max: 45 });
    const [latest] = await listVersions();
    expect(latest).toMatchObject({ source: "admin", reason: "New trial supports shorter sessions", createdByName: "Ada Admin" });

    const old = await getEvidenceVersion(before.versionId);
    expect(old && kneeRec(old).minutesPerSession).toEqual({ min: 60, max: 60 });
    const audit = await db.auditEvent.findFirst({ where: { userId: admin.id, action: "evidence.update" } });
    expect(audit).toMatchObject({ resourceType: "evidence-version", resourceId: result.data.versionId, outcome: "success" });
  });

  test("restore writes the old content as a new version (source restore)", async () => {
    await signInAs({ email: adminEmail });
    const versions = await listVersions();
    const seed = versions.find((v) => v.source === "seed");
    if (!seed) throw new Error("no seed version");
    const base = await current();
    const result = await restoreEvidenceVersionAction({ baseVersionId: base.versionId, versionId: seed.id, reason: "Trial retracted" });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.data.changes).toEqual(["Knee osteoarthritis recommendation: minutes per session 45 → 60"]);
    const restored = await current();
    expect(restored.versionNumber).toBe(base.versionNumber + 1);
    expect(restored.content).toEqual((await getEvidenceVersion(seed.id))?.content);
    expect((await listVersions())[0]).toMatchObject({ source: "restore", reason: "Trial retracted" });
  });

  test("an edit against a stale base version is refused and writes nothing", async () => {
    await signInAs({ email: adminEmail });
    const [, older] = await listVersions();
    if (!older) throw new Error("need two versions");
    const stale = await getEvidenceVersion(older.id);
    if (!stale) throw new Error("no stale version");
    const count = await db.evidenceVersion.count();
    const result = await saveRecommendationAction(kneeDoseEdit(stale));
    expect(result).toEqual({ ok: false, error: STALE_MESSAGE });
    expect(await db.evidenceVersion.count()).toBe(count);
  });

  test("create and retire: a new safety rule, then retiring a condition", async () => {
    await signInAs({ email: adminEmail });
    const base = await current();
    const rule = {
      ...safetyRuleToForm(null),
      code: "test-rule",
      label: "Test rule",
      finding: "Test finding",
      guidance: "Test guidance",
      source: "Test source",
    };
    const created = await saveSafetyRuleAction({ baseVersionId: base.versionId, originalKey: "", reason: "Adding a rule", entity: rule });
    expect(created).toMatchObject({ ok: true, data: { changes: ['Safety rule added: "test-rule" (Test rule)'] } });
    if (!created.ok) return;
    const neck = (await current()).content.conditions.find((c) => c.slug === "chronic-neck-pain") ?? null;
    const retired = await saveConditionAction({
      baseVersionId: created.data.versionId,
      originalKey: "chronic-neck-pain",
      reason: "Retiring for a test",
      entity: { ...conditionToForm(neck), retired: true },
    });
    expect(retired).toMatchObject({ ok: true, data: { changes: ["Condition retired: Chronic non-specific neck pain"] } });
  });

  test("invalid input returns field errors and writes nothing", async () => {
    await signInAs({ email: adminEmail });
    const base = await current();
    const count = await db.evidenceVersion.count();
    const bad = await saveRecommendationAction({
      ...kneeDoseEdit(base, ""),
      entity: { ...recommendationToForm(kneeRec(base)), minutesPerSession: "about an hour", studyIds: [] },
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["entity.minutesPerSession", "entity.studyIds", "reason"]);

    const badIcd = await saveConditionAction({
      baseVersionId: base.versionId,
      originalKey: "",
      reason: "A new condition",
      entity: {
        ...conditionToForm(null),
        slug: "knee-osteoarthritis",
        name: "Dup",
        description: "d",
        bodyRegion: "knee",
        icd10: "not-a-code label",
      },
    });
    expect(badIcd).toMatchObject({ ok: false, fieldErrors: { "entity.icd10.0.code": ["Not an ICD-10-CM code"] } });

    const duplicate = await saveStudyAction({
      baseVersionId: base.versionId,
      originalKey: "",
      reason: "Duplicate study",
      entity: studyToForm(base.content.studies[0] ?? null),
    });
    expect(duplicate).toMatchObject({ ok: false, fieldErrors: { "entity.id": [expect.stringMatching(/already exists/)] } });
    expect(await db.evidenceVersion.count()).toBe(count);
  });
});

describe("evidence curation: only admins", () => {
  test("a clinician calling any curation action gets a 404 and nothing changes", async () => {
    await signInAs({ email: adminEmail });
    const base = await current();
    const clinician = await signInAs({ email: clinicianEmail });
    const count = await db.evidenceVersion.count();
    const seedId = (await listVersions()).at(-1)?.id ?? "";
    const envelope = { baseVersionId: base.versionId, originalKey: "", reason: "Clinician attempt" };
    const calls = [
      () => saveRecommendationAction(kneeDoseEdit(base)),
      () => saveConditionAction({ ...envelope, entity: conditionToForm(base.content.conditions[0] ?? null) }),
      () => saveStudyAction({ ...envelope, entity: studyToForm(base.content.studies[0] ?? null) }),
      () => saveSafetyRuleAction({ ...envelope, entity: safetyRuleToForm(base.content.safetyRules[0] ?? null) }),
      () => restoreEvidenceVersionAction({ baseVersionId: base.versionId, versionId: seedId, reason: "Clinician attempt" }),
    ];
    for (const call of calls) expect(await navigationErrorOf(call)).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
    expect(await db.evidenceVersion.count()).toBe(count);
    expect(await db.auditEvent.count({ where: { userId: clinician.id, action: "access.denied" } })).toBe(calls.length);
  });
});
