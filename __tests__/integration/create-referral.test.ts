import { revalidatePath } from "next/cache";
import { createReferralAction } from "@/lib/actions/create-referral";
import { suggestReferralAction } from "@/lib/actions/suggest-referral";
import { startingDose } from "@/components/intake/form-model";
import { appendEvidenceVersion, loadCurrentEvidence } from "@/lib/data/evidence-store";
import { parseStoredSuggestion } from "@/lib/data/referral-export";
import { db } from "@/lib/db/client";
import { referralSaveInput } from "../support/action-registry";
import { createTestUser, seedEvidenceForTest } from "../support/db-fixtures";
import { complaintFor, intakeInput } from "../support/intake-fixtures";
import { navigationErrorOf, signInAs, signOutForTest } from "../support/sign-in-as";
import { completeChosenDose } from "@/lib/domain/dose/dose";
import type { SuggestionCard } from "@/lib/domain/referral/suggest";
import { changedDoseFields, doseFields, type DoseInput } from "@/lib/schemas/referral";

let clinician: Awaited<ReturnType<typeof createTestUser>>;
let other: Awaited<ReturnType<typeof createTestUser>>;

beforeAll(async () => {
  await seedEvidenceForTest();
  clinician = await createTestUser({ name: "Dr Save" });
  other = await createTestUser({ name: "Dr Other" });
});

beforeEach(async () => {
  await signInAs(clinician);
});

/** Knee OA, the evidence's dose exactly (60 min, once a week, 8 weeks, 8 sessions), with its fingerprint. */
const saveInput = referralSaveInput;

async function save(input: unknown, shownVersion?: string) {
  const result = await createReferralAction(input, shownVersion);
  if (!result.ok) throw new Error(`expected a saved referral, got ${JSON.stringify(result)}`);
  return db.referral.findUniqueOrThrow({ where: { id: result.data.id }, include: { events: true } });
}

const referralCount = () => db.referral.count();

/**
 * What a clinician does with a ranged suggestion: picks a figure inside each range, here the first one
 * whose course keeps the evidence's total (fibromyalgia 1-2 a week for 10 weeks, 15 sessions: 1.5).
 */
function chooseWithinRanges(card: SuggestionCard): DoseInput {
  let dose = startingDose(card);
  for (const field of doseFields) {
    const range = card.dose[field];
    if (range === null || range.min === range.max || dose[field] !== null) continue;
    const step = field === "sessionsPerWeek" ? 0.5 : 1;
    for (let v = range.min; v <= range.max; v += step) {
      const tried = completeChosenDose({ ...dose, [field]: v });
      if (changedDoseFields(card.dose, tried).length === 0 || v + step > range.max) {
        dose = tried;
        break;
      }
    }
  }
  return dose;
}

describe("createReferralAction", () => {
  test("without a session: redirect to /login and nothing written", async () => {
    signOutForTest();
    const before = await referralCount();
    expect(await navigationErrorOf(() => createReferralAction(saveInput()))).toBe("redirect:/login");
    expect(await referralCount()).toBe(before);
  });

  test("invalid input gives field errors and writes nothing", async () => {
    const before = await referralCount();
    const result = await createReferralAction(
      saveInput({ idempotencyKey: "nope", conditionSlug: "", intake: intakeInput({ complaint: "" }) }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {})).toEqual(expect.arrayContaining(["idempotencyKey", "conditionSlug", "intake.complaint"]));
    expect(await referralCount()).toBe(before);
  });

  test("stores the patient, intake, condition, suggestion as recomputed, final dose, evidence version and a created event", async () => {
    const current = await loadCurrentEvidence(db);
    const row = await save(saveInput(), current?.versionId);
    expect(row).toMatchObject({
      clinicianId: clinician.id,
      status: "final",
      patientName: "Alex Example",
      patientDob: "1970-04-12",
      patientSex: "female",
      patientMrn: "MRN-1234",
      conditionSlug: "knee-osteoarthritis",
      conditionName: "Knee osteoarthritis",
      icd10Code: "M17.0",
      evidenceVersionId: current?.versionId,
      doseChanged: false,
      overrideReason: null,
      deferOverrideNote: null,
    });
    expect(row.recommendationId).toBeTruthy();
    const suggestion = JSON.parse(row.suggestion) as { dose: unknown; studies: { citation: string }[]; matched: unknown[] };
    expect(suggestion.dose).toMatchObject({ minutesPerSession: { min: 60, max: 60 } });
    expect(suggestion.studies.length).toBeGreaterThan(0);
    expect(suggestion.matched.length).toBeGreaterThan(0);
    // The referral pages read the stored card through their own lenient parser: the shapes must agree.
    const stored = parseStoredSuggestion(row.suggestion);
    expect(stored.studies[0]?.citation).toBe(suggestion.studies[0]?.citation);
    expect(stored.icd10.code).toBe("M17.0");
    expect(stored.matched.length).toBe(suggestion.matched.length);
    expect(JSON.parse(row.finalDose)).toEqual({ minutesPerSession: 60, sessionsPerWeek: 1, weeks: 8, totalSessions: 8 });
    expect(JSON.parse(row.intake)).toMatchObject({ complaint: complaintFor["knee-osteoarthritis"], painLocations: ["knees"] });
    expect(row.events).toEqual([expect.objectContaining({ userId: clinician.id, fromStatus: null, toStatus: "final" })]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "referral.create", resourceId: row.id } });
    expect(audit.detail).not.toMatch(/Alex|knee OA/);
    // Every referrals page is dynamic and the list is TanStack Query state (invalidated by the client):
    // revalidating would only re-render the intake page into the save response.
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  test.each(Object.entries(complaintFor))(
    "saves a referral for %s once the clinician has chosen a figure for each range",
    async (slug, complaint) => {
      const intake = intakeInput({ complaint });
      const suggested = await suggestReferralAction(intake);
      const card = suggested.ok ? suggested.data.cards.find((c) => c.conditionSlug === slug) : undefined;
      if (!card) throw new Error(`no card for ${slug}`);
      if (card.doseBasis?.status === "not-established") {
        // No dose is suggested (issue 21): the form starts empty and a final referral needs the clinician's figures.
        const empty = await createReferralAction(saveInput({ intake, conditionSlug: slug, finalDose: startingDose(card) }));
        expect(empty.ok).toBe(false);
        const own = { minutesPerSession: 30, sessionsPerWeek: 1, weeks: 4, totalSessions: 4 };
        const row = await save(saveInput({ intake, conditionSlug: slug, finalDose: own }));
        // Setting figures where the evidence has none departs from nothing: no override reason is asked for.
        expect(row).toMatchObject({ conditionSlug: slug, doseChanged: false, recommendationId: card.recommendationId });
        return;
      }
      const finalDose = chooseWithinRanges(card);
      const row = await save(saveInput({ intake, conditionSlug: slug, finalDose }));
      expect(row).toMatchObject({
        conditionSlug: slug,
        doseChanged: false,
        icd10Code: card.icd10.code,
        recommendationId: card.recommendationId,
      });
      // Stored with the total worked out, so every reader prints the same course.
      expect(JSON.parse(row.finalDose)).toEqual(completeChosenDose(finalDose));
    },
  );

  test("a ranged figure left as the form starts it (empty) is refused on a final referral", async () => {
    const intake = intakeInput({ complaint: complaintFor["chronic-neck-pain"] });
    const suggested = await suggestReferralAction(intake);
    const card = suggested.ok ? suggested.data.cards.find((c) => c.conditionSlug === "chronic-neck-pain") : undefined;
    if (!card) throw new Error("no neck card");
    const before = await referralCount();
    const result = await createReferralAction(saveInput({ intake, conditionSlug: "chronic-neck-pain", finalDose: startingDose(card) }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.["finalDose.sessionsPerWeek"]?.[0]).toMatch(/The evidence gives 2 to 3 sessions a week: enter the figure/);
    expect(await referralCount()).toBe(before);
  });

  test("dropping every suggested figure is a change that needs a reason", async () => {
    const result = await createReferralAction(
      saveInput({ finalDose: { minutesPerSession: null, sessionsPerWeek: null, weeks: null, totalSessions: null }, status: "draft" }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.overrideReason).toBeDefined();
  });

  test("clinicianId, role, evidenceVersion and a forged card in the input are ignored", async () => {
    const row = await save({
      ...saveInput(),
      clinicianId: other.id,
      role: "ADMIN",
      evidenceVersion: "forged",
      evidenceVersionId: "forged",
      suggestion: { dose: { minutesPerSession: { min: 999, max: 999 } } },
      doseChanged: false,
    });
    expect(row.clinicianId).toBe(clinician.id);
    expect(row.evidenceVersionId).toBe((await loadCurrentEvidence(db))?.versionId);
    expect(row.suggestion).not.toMatch(/999/);
  });

  test("a changed dose without a reason is refused; with a coded reason and note it is recorded", async () => {
    const changed = { minutesPerSession: 30, sessionsPerWeek: 1, weeks: 8, totalSessions: 8 };
    const before = await referralCount();
    const refused = await createReferralAction(saveInput({ finalDose: changed }));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.fieldErrors?.overrideReason).toBeDefined();
    expect(refused.fieldErrors?.overrideNote).toBeDefined();
    expect(await referralCount()).toBe(before);

    const row = await save(
      saveInput({ finalDose: changed, overrideReason: "cost-or-access", overrideNote: "Insurer covers 30-minute visits only" }),
    );
    expect(row).toMatchObject({
      doseChanged: true,
      overrideReason: "cost-or-access",
      overrideNote: "Insurer covers 30-minute visits only",
    });
  });

  test("a figure inside the suggested range is not a change", async () => {
    const row = await save(
      saveInput({
        intake: intakeInput({ complaint: complaintFor["chronic-neck-pain"] }),
        conditionSlug: "chronic-neck-pain",
        finalDose: { minutesPerSession: 60, sessionsPerWeek: 3, weeks: 4, totalSessions: 12 },
      }),
    );
    expect(row.doseChanged).toBe(false);
  });

  test("a defer finding blocks saving unless overridden with a reason, which is recorded", async () => {
    const intake = intakeInput({ safetyFindings: ["dvt"] });
    const refused = await createReferralAction(saveInput({ intake }));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error).toMatch(/safety screen/i);
    expect(refused.fieldErrors?.deferOverrideNote?.[0]).toMatch(/record why/);

    const note = "Duplex ultrasound negative today; vascular team agrees";
    const row = await save(saveInput({ intake, deferOverrideNote: note }));
    expect(row.deferOverrideNote).toBe(note);
    expect((JSON.parse(row.suggestion) as { blocked: boolean }).blocked).toBe(true);
  });

  test("a safety override note is not stored when nothing deferred", async () => {
    const row = await save(saveInput({ deferOverrideNote: "not needed but typed anyway" }));
    expect(row.deferOverrideNote).toBeNull();
  });

  test("the same key twice gives one referral", async () => {
    const input = saveInput();
    const first = await createReferralAction(input);
    const second = await createReferralAction(input);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.data.id).toBe(first.data.id);
    expect(await db.referral.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
    expect(await db.referralEvent.count({ where: { referralId: first.data.id } })).toBe(1);
  });

  test("ten concurrent saves with one key give one referral and the same id", async () => {
    const input = saveInput();
    const results = await Promise.all(Array.from({ length: 10 }, () => createReferralAction(input)));
    const ids = new Set(results.map((r) => (r.ok ? r.data.id : `error:${r.error}`)));
    expect(ids.size).toBe(1);
    expect([...ids][0]).not.toMatch(/^error/);
    expect(await db.referral.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
  });

  test("twenty concurrent saves with different keys all succeed", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => createReferralAction(saveInput())));
    expect(results.every((r) => r.ok)).toBe(true);
  });

  test("the same key from another clinician is another referral", async () => {
    const input = saveInput();
    const mine = await save(input);
    await signInAs(other);
    const theirs = await save(input);
    expect(theirs.id).not.toBe(mine.id);
    expect(theirs.clinicianId).toBe(other.id);
  });

  test("a suggestion made from an older evidence version is refused, not silently re-dosed", async () => {
    const shown = await loadCurrentEvidence(db);
    if (!shown) throw new Error("no evidence");
    await appendEvidenceVersion(db, { content: shown.content, reason: "re-publish", source: "admin", createdById: null, changes: [] });
    const before = await referralCount();
    const result = await createReferralAction(saveInput(), shown.versionId);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/Suggest again/);
    expect(await referralCount()).toBe(before);
  });
});
