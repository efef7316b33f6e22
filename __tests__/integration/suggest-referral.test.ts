import { suggestForConditionAction } from "@/lib/actions/suggest-for-condition";
import { suggestReferralAction } from "@/lib/actions/suggest-referral";
import { appendEvidenceVersion, loadCurrentEvidence } from "@/lib/data/evidence-store";
import { db } from "@/lib/db/client";
import { createTestUser, seedEvidenceForTest } from "../support/db-fixtures";
import { complaintFor, intakeInput } from "../support/intake-fixtures";
import { navigationErrorOf, signInAs, signOutForTest } from "../support/sign-in-as";

let clinician: Awaited<ReturnType<typeof createTestUser>>;

beforeAll(async () => {
  await seedEvidenceForTest();
  clinician = await createTestUser({ name: "Dr Suggest" });
});

beforeEach(async () => {
  await signInAs(clinician);
});

async function suggest(input: unknown) {
  const result = await suggestReferralAction(input);
  if (!result.ok) throw new Error(`expected a suggestion, got ${JSON.stringify(result)}`);
  return result.data;
}

describe("suggestReferralAction", () => {
  test("without a session: redirect to /login, nothing audited", async () => {
    signOutForTest();
    const before = await db.auditEvent.count({ where: { action: "referral.suggest" } });
    expect(await navigationErrorOf(() => suggestReferralAction(intakeInput()))).toBe("redirect:/login");
    expect(await db.auditEvent.count({ where: { action: "referral.suggest" } })).toBe(before);
  });

  test("an admin is refused (404)", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    await signInAs(admin);
    expect(await navigationErrorOf(() => suggestReferralAction(intakeInput()))).toMatch(/404/);
  });

  test("invalid input gives field errors, not an exception", async () => {
    const result = await suggestReferralAction(intakeInput({ patientName: "", complaint: "", painIntensity: 11 }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.patientName).toEqual(["Enter the patient's name"]);
    expect(result.fieldErrors?.complaint).toEqual(["Describe the complaint"]);
    expect(result.fieldErrors?.painIntensity?.[0]).toMatch(/0 to 10/);
    for (const junk of [null, "text", 42, [], { complaint: { $gt: "" } }]) {
      const r = await suggestReferralAction(junk);
      expect(r.ok).toBe(false);
    }
  });

  test.each(Object.entries(complaintFor))("a suggestion for %s from a realistic complaint", async (slug, complaint) => {
    const data = await suggest(intakeInput({ complaint }));
    const card = data.cards[0];
    expect(card?.conditionSlug).toBe(slug);
    expect(card?.icd10.code).toMatch(/^[A-Z]\d/);
    expect(card?.recommendationId).not.toBeNull();
    expect(card?.studies.length).toBeGreaterThan(0);
    expect(card?.studies[0]?.citation).toBeTruthy();
    expect(card?.matched.length).toBeGreaterThan(0);
    expect(card?.doseLine).toBeTruthy();
    expect(data.noMatch).toBe(false);
    expect(data.evidenceVersion.number).toBeGreaterThanOrEqual(1);
  });

  test("the fibromyalgia card says its session length is not established", async () => {
    const data = await suggest(intakeInput({ complaint: complaintFor.fibromyalgia }));
    expect(data.cards[0]?.dose.minutesPerSession).toBeNull();
    expect(data.cards[0]?.doseLine).toMatch(/not established by the evidence/);
  });

  test("nothing matches: said plainly, no card, the conditions offered for a manual choice", async () => {
    const data = await suggest(intakeInput({ complaint: "wants advice about a new pair of glasses" }));
    expect(data.noMatch).toBe(true);
    expect(data.cards).toEqual([]);
    expect(data.conditions.map((c) => c.slug)).toEqual(expect.arrayContaining(Object.keys(complaintFor)));
    expect(data.warnings.join(" ")).toMatch(/Nothing in the complaint matched/);
  });

  test("a defer-level finding blocks and says what to do instead", async () => {
    const data = await suggest(intakeInput({ safetyFindings: ["dvt"] }));
    expect(data.blocked).toBe(true);
    expect(data.safety.deferred.map((d) => d.code)).toEqual(["dvt"]);
    expect(data.cards[0]?.blocked).toBe(true);
    expect(data.safety.deferred[0]?.guidance).toBeTruthy();
  });

  test("local and modify findings do not block; they list areas to avoid and technique changes", async () => {
    const data = await suggest(intakeInput({ safetyFindings: ["skin", "bleeding"] }));
    expect(data.blocked).toBe(false);
    expect(data.cards[0]?.areasToAvoid.join(" ")).toMatch(/Skin/);
    expect(data.cards[0]?.techniqueChanges.join(" ")).toMatch(/Bleeding/);
  });

  test("the audit event holds ids and counts, never the complaint or the patient", async () => {
    await suggest(intakeInput({ patientName: "Zebulon Uniquename", complaint: "chronic neck pain 8 months, sentinel-xyz" }));
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "referral.suggest", userId: clinician.id },
      orderBy: { id: "desc" },
    });
    expect(event.detail).not.toMatch(/Zebulon|sentinel|neck pain/);
    expect(event.detail).toMatch(/chronic-neck-pain/);
  });

  test("a new evidence version is used at once (the matcher cache is keyed by version)", async () => {
    const first = await suggest(intakeInput());
    const current = await loadCurrentEvidence(db);
    if (!current) throw new Error("no evidence");
    const content = structuredClone(current.content);
    const rec = content.recommendations.find((r) => r.conditionSlug === "knee-osteoarthritis" && !r.retired);
    if (!rec) throw new Error("no knee recommendation");
    rec.minutesPerSession = { min: 45, max: 45 };
    await appendEvidenceVersion(db, { content, reason: "test edit", source: "admin", createdById: null, changes: ["knee minutes"] });
    const second = await suggest(intakeInput());
    expect(second.evidenceVersion.number).toBe(first.evidenceVersion.number + 1);
    expect(second.cards[0]?.dose.minutesPerSession).toEqual({ min: 45, max: 45 });
  });
});

describe("suggestForConditionAction", () => {
  test("a manual choice gives that condition's card, still screened for this patient", async () => {
    const result = await suggestForConditionAction({
      intake: intakeInput({ complaint: "wants advice about a new pair of glasses", safetyFindings: ["fever-infection"] }),
      conditionSlug: "chronic-neck-pain",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.card.origin).toBe("manual");
    expect(result.data.card.conditionSlug).toBe("chronic-neck-pain");
    expect(result.data.card.blocked).toBe(true);
  });

  test("an unknown condition is refused with a field error", async () => {
    const result = await suggestForConditionAction({ intake: intakeInput(), conditionSlug: "made-up-condition" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.conditionSlug).toBeDefined();
  });

  test("without a session: redirect to /login", async () => {
    signOutForTest();
    expect(await navigationErrorOf(() => suggestForConditionAction({ intake: intakeInput(), conditionSlug: "fibromyalgia" }))).toBe(
      "redirect:/login",
    );
  });
});
