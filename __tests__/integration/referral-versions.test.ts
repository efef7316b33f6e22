// The real react-pdf, loaded by Node's ESM loader (jest cannot load it; see the support file).
jest.mock("@react-pdf/renderer", () => jest.requireActual("../support/react-pdf-native"));

/**
 * Drafts you can finish, amendments with a reason, cancellation with a reason (issue 14), on a real
 * database: who may do each, what is stored, and what the sheets, PDF and FHIR then say.
 */
import { execFileSync } from "node:child_process";
import type * as fhir4 from "fhir/r4";
import { GET as getFhir } from "@/app/(app)/referrals/[id]/fhir/route";
import { GET as getPdf } from "@/app/(app)/referrals/[id]/pdf/route";
import { changeReferralStatusAction } from "@/lib/actions/change-referral-status";
import { createReferralAction } from "@/lib/actions/create-referral";
import { getReferralForEditing } from "@/lib/data/referral-edit";
import { getReferralForUser } from "@/lib/data/referrals";
import { db } from "@/lib/db/client";
import { buildReferralSheet } from "@/lib/domain/referral/referral-sheet";
import { referralSaveInput } from "../support/action-registry";
import { createTestUser, seedEvidenceForTest } from "../support/db-fixtures";
import { pdfPages } from "../support/pdf-pages";
import { fhirR4Issues } from "../support/fhir-validator";
import { intakeInput } from "../support/intake-fixtures";
import { createReferralFixture } from "../support/referral-fixtures";
import { signInAs } from "../support/sign-in-as";

type User = Awaited<ReturnType<typeof createTestUser>>;
let owner: User;
let other: User;
let admin: User;
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const request = (id: string, kind: string) => new Request(`http://localhost/referrals/${id}/${kind}`);

beforeAll(async () => {
  await (jest.requireActual("../support/react-pdf-native") as { ready: Promise<unknown> }).ready;
  await seedEvidenceForTest();
  owner = await createTestUser({ name: "Dr Owner" });
  other = await createTestUser({ name: "Dr Other" });
  admin = await createTestUser({ role: "ADMIN", name: "Admin" });
});

beforeEach(async () => {
  await signInAs(owner);
});

async function sheetOf(user: User, id: string) {
  const detail = await getReferralForUser(user, id);
  if (!detail) throw new Error("not found");
  return buildReferralSheet(detail.sheet, new Date());
}

describe("a draft reopens with everything filled in and can be finished", () => {
  test("only the owner's drafts open; saving updates the same referral and records the finish", async () => {
    const draft = await createReferralFixture(db, owner.id, {
      status: "draft",
      intake: { goals: "Walk the dog", medications: "Ibuprofen" },
    });
    expect(await getReferralForEditing(other, draft.id, "draft")).toBeNull();
    expect(await getReferralForEditing(admin, draft.id, "draft")).toBeNull();
    const start = await getReferralForEditing(owner, draft.id, "draft");
    expect(start).toMatchObject({
      kind: "draft",
      id: draft.id,
      conditionSlug: "knee-osteoarthritis",
      intake: { goals: "Walk the dog", medications: "Ibuprofen" },
    });

    const finished = await createReferralAction(
      referralSaveInput({ intake: intakeInput({ goals: "Walk the dog for 30 minutes" }), edit: { kind: "draft", id: draft.id } }),
    );
    expect(finished).toEqual({ ok: true, data: { id: draft.id } });
    const row = await db.referral.findUniqueOrThrow({ where: { id: draft.id }, include: { events: { orderBy: { at: "asc" } } } });
    expect(row.status).toBe("final");
    expect(JSON.parse(row.intake)).toMatchObject({ goals: "Walk the dog for 30 minutes" });
    expect(row.events.map((e) => [e.fromStatus, e.toStatus, e.note])).toEqual([
      [null, "draft", "created"],
      ["draft", "final", "draft finished"],
    ]);
    // Finished: it no longer opens as a draft, and saving over it again is refused.
    expect(await getReferralForEditing(owner, draft.id, "draft")).toBeNull();
    const again = await createReferralAction(referralSaveInput({ edit: { kind: "draft", id: draft.id } }));
    expect(again).toMatchObject({ ok: false, error: expect.stringMatching(/can no longer be changed this way/) });
  });

  test("another clinician cannot save over someone's draft", async () => {
    const draft = await createReferralFixture(db, owner.id, { status: "draft" });
    await signInAs(other);
    expect(await createReferralAction(referralSaveInput({ edit: { kind: "draft", id: draft.id } }))).toEqual({
      ok: false,
      error: "Referral not found",
    });
    expect((await db.referral.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("draft");
  });
});

describe("amending a final referral makes a new version with a reason", () => {
  test("the old one stays readable and says it was replaced; the new one says what it amends", async () => {
    const original = await createReferralFixture(db, owner.id, { status: "final" });
    const noReason = await createReferralAction(referralSaveInput({ edit: { kind: "amend", id: original.id, reason: "" } }));
    expect(noReason).toMatchObject({ ok: false });
    if (!noReason.ok) expect(noReason.fieldErrors?.["edit.reason"]?.[0]).toMatch(/reason for the amendment/);

    const amended = await createReferralAction(
      referralSaveInput({
        finalDose: { minutesPerSession: 45, sessionsPerWeek: 1, weeks: 8, totalSessions: 8 },
        overrideReason: "patient-preference",
        overrideNote: "Cannot lie still for an hour",
        edit: { kind: "amend", id: original.id, reason: "Patient asked for shorter sessions" },
      }),
    );
    if (!amended.ok) throw new Error(JSON.stringify(amended));
    expect(amended.data.id).not.toBe(original.id);
    expect((await db.referral.findUniqueOrThrow({ where: { id: original.id } })).status).toBe("amended");

    const oldSheet = await sheetOf(owner, original.id);
    expect(oldSheet.statusMark).toBe("AMENDED — replaced by a newer version");
    expect(oldSheet.lifecycleLines.join(" ")).toMatch(
      new RegExp(`replaced by referral ${amended.data.id} \\(Patient asked for shorter sessions\\)`),
    );
    expect(oldSheet.prescriptionLine).toContain("60-minute sessions");
    const newSheet = await sheetOf(owner, amended.data.id);
    expect(newSheet.statusMark).toBeNull();
    const madeOn = (await db.referral.findUniqueOrThrow({ where: { id: original.id } })).createdAt.toISOString().slice(0, 10);
    expect(newSheet.lifecycleLines).toEqual([
      `Amended referral: replaces referral ${original.id} of ${madeOn} (version 1). This is version 2, amended on ${newSheet.referralDate}. ` +
        "Reason for the amendment: Patient asked for shorter sessions",
    ]);
    expect(newSheet.amendmentMark).toBe(`AMENDMENT — version 2, replaces referral ${original.id} of ${madeOn}`);
    expect(newSheet.prescriptionLine).toContain("45-minute sessions");
    expect(oldSheet.amendmentMark).toBeNull();

    // On every page of both PDFs: the amendment says what it amends and why; the old one that it was replaced.
    const newPages = await pdfPages(amended.data.id);
    expect(newPages.length).toBeGreaterThanOrEqual(2);
    for (const page of newPages) {
      expect(page).toContain(`AMENDMENT (version 2) of referral ${original.id}, amended for: Patient asked for shorter sessions`);
      expect(page).not.toContain("replaced by a newer version");
    }
    const oldPages = await pdfPages(original.id);
    expect(oldPages.length).toBeGreaterThanOrEqual(2);
    for (const page of oldPages) {
      expect(page).toContain("AMENDED — replaced by a newer version");
      expect(page).toContain(`AMENDED: replaced by referral ${amended.data.id} on ${newSheet.referralDate}`);
    }
    // Both copies of the amendment open with its banner.
    expect(newPages.filter((page) => page.includes(newSheet.amendmentMark ?? "-")).length).toBe(2);

    // Amending the amendment makes version 3, which names version 2 as the one it replaces.
    const third = await createReferralAction(
      referralSaveInput({
        finalDose: { minutesPerSession: 45, sessionsPerWeek: 1, weeks: 10, totalSessions: 10 },
        overrideReason: "patient-preference",
        overrideNote: "Cannot lie still for an hour",
        edit: { kind: "amend", id: amended.data.id, reason: "Two more weeks after review" },
      }),
    );
    if (!third.ok) throw new Error(JSON.stringify(third));
    const thirdSheet = await sheetOf(owner, third.data.id);
    expect(thirdSheet.amendmentMark).toBe(`AMENDMENT — version 3, replaces referral ${amended.data.id} of ${newSheet.referralDate}`);
    expect(thirdSheet.lifecycleLines[0]).toContain("(version 2). This is version 3");
    expect((await sheetOf(owner, amended.data.id)).pageTag).toBe(
      `AMENDED: replaced by referral ${third.data.id} on ${thirdSheet.referralDate}`,
    );

    // FHIR: the new order replaces the old, which is revoked; both valid R4.
    const fresh = (await (await getFhir(request(amended.data.id, "fhir"), params(amended.data.id))).json()) as fhir4.ServiceRequest;
    expect(fresh.replaces?.[0]?.identifier?.value).toBe(original.id);
    expect(fhirR4Issues(fresh)).toEqual([]);
    const old = (await (await getFhir(request(original.id, "fhir"), params(original.id))).json()) as fhir4.ServiceRequest;
    expect(old.status).toBe("revoked");
    expect(fhirR4Issues(old)).toEqual([]);

    // An amended referral cannot be amended again or moved on.
    expect(await getReferralForEditing(owner, original.id, "amend")).toBeNull();
    expect((await getReferralForUser(owner, original.id))?.nextStatuses).toEqual([]);
  });

  test("drafts, cancelled referrals and other clinicians' referrals cannot be amended; an amendment is final", async () => {
    const draft = await createReferralFixture(db, owner.id, { status: "draft" });
    expect(await getReferralForEditing(owner, draft.id, "amend")).toBeNull();
    const final = await createReferralFixture(db, owner.id, { status: "final" });
    const asDraft = await createReferralAction(
      referralSaveInput({ status: "draft", edit: { kind: "amend", id: final.id, reason: "Changing the course length" } }),
    );
    expect(asDraft).toMatchObject({ ok: false });
    if (!asDraft.ok) expect(asDraft.fieldErrors?.status?.[0]).toMatch(/save it as final/);
    await signInAs(other);
    expect(
      await createReferralAction(referralSaveInput({ edit: { kind: "amend", id: final.id, reason: "Changing the course length" } })),
    ).toEqual({
      ok: false,
      error: "Referral not found",
    });
    expect((await db.referral.findUniqueOrThrow({ where: { id: final.id } })).status).toBe("final");
  });
});

describe("cancelling asks for a reason, which every copy carries", () => {
  test("the cancelled sheet, print and PDF say CANCELLED with the reason", async () => {
    const r = await createReferralFixture(db, owner.id, { status: "final" });
    expect(await changeReferralStatusAction({ id: r.id, to: "cancelled", note: "" })).toMatchObject({ ok: false });
    expect(await changeReferralStatusAction({ id: r.id, to: "cancelled", note: "Patient moved to another city" })).toEqual({
      ok: true,
      data: { status: "cancelled" },
    });
    const sheet = await sheetOf(owner, r.id);
    expect(sheet.statusMark).toBe("CANCELLED");
    expect(sheet.lifecycleLines).toEqual(["Cancelled. Reason: Patient moved to another city"]);
    const res = await getPdf(request(r.id, "pdf"), params(r.id));
    const text = execFileSync("/usr/bin/pdftotext", ["-enc", "UTF-8", "-", "-"], { input: Buffer.from(await res.arrayBuffer()) }).toString(
      "utf8",
    );
    expect(text.replace(/\s+/g, " ")).toContain("Cancelled. Reason: Patient moved to another city");
  });
});
