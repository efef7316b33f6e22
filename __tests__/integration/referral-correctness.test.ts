// The real react-pdf, loaded by Node's ESM loader (jest cannot load it; see the support file).
jest.mock("@react-pdf/renderer", () => jest.requireActual("../support/react-pdf-native"));

/**
 * Issue 14 end to end on a real database: a stale suggestion is refused (defect 4), every exported FHIR
 * resource is valid R4 by an independent validator (defect 3), the PDF keeps the signature with the
 * prescription and carries the clinical details (defect 8), drafts and cancelled referrals are marked on
 * every page, and a referral from a superseded evidence version says so (defect 6).
 */
import type * as fhir4 from "fhir/r4";
import { GET as getFhir } from "@/app/(app)/referrals/[id]/fhir/route";
import { createReferralAction } from "@/lib/actions/create-referral";
import { suggestReferralAction } from "@/lib/actions/suggest-referral";
import { appendEvidenceVersion, loadCurrentEvidence } from "@/lib/data/evidence-store";
import { getReferralForUser } from "@/lib/data/referrals";
import { db } from "@/lib/db/client";
import { buildReferralSheet } from "@/lib/domain/referral/referral-sheet";
import { pdfPages } from "../support/pdf-pages";
import { createTestUser, seedEvidenceForTest } from "../support/db-fixtures";
import { fhirR4Issues } from "../support/fhir-validator";
import { complaintFor, intakeInput } from "../support/intake-fixtures";
import { referralSaveInput } from "../support/action-registry";
import { createReferralFixture } from "../support/referral-fixtures";
import { signInAs } from "../support/sign-in-as";

const params = (id: string) => ({ params: Promise.resolve({ id }) });
const request = (id: string, kind: string) => new Request(`http://localhost/referrals/${id}/${kind}`);

let clinician: Awaited<ReturnType<typeof createTestUser>>;

beforeAll(async () => {
  await (jest.requireActual("../support/react-pdf-native") as { ready: Promise<unknown> }).ready;
  await seedEvidenceForTest();
  clinician = await createTestUser({ name: "Dr Correct" });
});

beforeEach(async () => {
  await signInAs(clinician);
});

describe("defect 4: a stale suggestion cannot be saved", () => {
  test("LBP chosen, complaint changed to fibromyalgia: refused, nothing saved; after Suggest again it saves", async () => {
    const lbpIntake = intakeInput({ complaint: complaintFor["chronic-low-back-pain"] });
    const suggested = await suggestReferralAction(lbpIntake);
    if (!suggested.ok) throw new Error("suggest failed");
    const lbp = suggested.data.cards.find((c) => c.conditionSlug === "chronic-low-back-pain");
    expect(lbp).toBeDefined();

    const changed = intakeInput({ complaint: "fibromyalgia" });
    const before = await db.referral.count();
    const refused = await createReferralAction(
      referralSaveInput({
        intake: changed,
        conditionSlug: "chronic-low-back-pain",
        finalDose: { minutesPerSession: 60, sessionsPerWeek: 1, weeks: 10, totalSessions: 10 },
        suggestedFor: suggested.data.intakeFingerprint,
      }),
    );
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatch(/intake changed after the suggestion was made/);
    expect(await db.referral.count()).toBe(before);

    const again = await suggestReferralAction(changed);
    if (!again.ok) throw new Error("suggest failed");
    expect(again.data.intakeFingerprint).not.toBe(suggested.data.intakeFingerprint);
    const saved = await createReferralAction(
      referralSaveInput({
        intake: changed,
        conditionSlug: "fibromyalgia",
        finalDose: { minutesPerSession: null, sessionsPerWeek: 1.5, weeks: 10, totalSessions: 15 },
        suggestedFor: again.data.intakeFingerprint,
      }),
    );
    expect(saved.ok).toBe(true);
  });
});

describe("defect 3: every FHIR export is valid R4 (independent validator)", () => {
  test.each([
    ["knee-osteoarthritis", { minutesPerSession: 45, sessionsPerWeek: 2, weeks: 8, totalSessions: 16 }],
    ["fibromyalgia", { minutesPerSession: null, sessionsPerWeek: 1.5, weeks: 10, totalSessions: 15 }],
    ["chronic-neck-pain", { minutesPerSession: 60, sessionsPerWeek: 0.5, weeks: 8, totalSessions: 4 }],
    ["exercise-muscle-soreness", { minutesPerSession: 10, sessionsPerWeek: null, weeks: null, totalSessions: 1 }],
    ["cancer-related-symptoms", { minutesPerSession: 30, sessionsPerWeek: null, weeks: null, totalSessions: null }],
  ] as const)("%s %j", async (slug, finalDose) => {
    const r = await createReferralFixture(db, clinician.id, { slug, finalDose: { ...finalDose } });
    const res = await getFhir(request(r.id, "fhir"), params(r.id));
    expect(res.status).toBe(200);
    const sr = (await res.json()) as fhir4.ServiceRequest;
    expect(fhirR4Issues(sr)).toEqual([]);
    if (finalDose.totalSessions !== null) expect(sr.occurrenceTiming?.repeat?.count).toBe(finalDose.totalSessions);
  });
});

describe("PDF layout and status marks", () => {
  test("defect 8: page 1 holds the clinical details, the prescription and the signature together", async () => {
    const r = await createReferralFixture(db, clinician.id, {
      intake: { medications: "Apixaban 5 mg twice daily", duration: "3 years", painIntensity: 7, goals: "Garden for an hour" },
    });
    const [first] = await pdfPages(r.id);
    expect(first).toContain("Medications: Apixaban 5 mg twice daily");
    expect(first).toContain("Pain locations: Knees");
    expect(first).toContain("Duration: 3 years");
    expect(first).toContain("Baseline pain: 7/10 at referral");
    expect(first).toContain("Functional goals: Garden for an hour");
    expect(first).toContain("Massage therapy: 60-minute sessions, once a week, for 8 weeks (8 sessions)");
    expect(first).toContain("Signature — Dr Correct");
  });

  test.each([
    ["draft", "DRAFT — not a referral"],
    ["cancelled", "CANCELLED"],
  ] as const)("a %s referral carries its mark on every page", async (status, mark) => {
    const r = await createReferralFixture(db, clinician.id, { status });
    const pages = await pdfPages(r.id);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) expect(page).toContain(mark);
  });

  test("a final referral carries no mark", async () => {
    const r = await createReferralFixture(db, clinician.id, {});
    for (const page of await pdfPages(r.id)) expect(page).not.toMatch(/DRAFT|CANCELLED/);
  });
});

describe("defect 6: superseded evidence", () => {
  test("after an admin changes the evidence, an older referral's sheet says it was made from a superseded version", async () => {
    const r = await createReferralFixture(db, clinician.id, {});
    const fresh = await getReferralForUser(clinician, r.id);
    expect(buildReferralSheet(fresh?.sheet ?? never(), new Date()).evidence.supersededLine).toBeNull();

    const current = await loadCurrentEvidence(db);
    if (!current) throw new Error("no evidence");
    await appendEvidenceVersion(db, {
      content: current.content,
      createdById: null,
      reason: "test: new version",
      source: "admin",
      changes: [],
    });
    const later = await getReferralForUser(clinician, r.id);
    const line = buildReferralSheet(later?.sheet ?? never(), new Date()).evidence.supersededLine;
    expect(line).toMatch(
      new RegExp(`Made from evidence version ${current.versionNumber}, since superseded by version ${current.versionNumber + 1}`),
    );
  });
});

function never(): never {
  throw new Error("referral not found");
}
