// The real react-pdf, loaded by Node's ESM loader (jest cannot load it; see the support file).
jest.mock("@react-pdf/renderer", () => jest.requireActual("../support/react-pdf-native"));

import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import type * as fhir4 from "fhir/r4";
import { GET as getPdf } from "@/app/(app)/referrals/[id]/pdf/route";
import { GET as getFhir } from "@/app/(app)/referrals/[id]/fhir/route";
import ReferralPage from "@/app/(app)/referrals/[id]/page";
import PrintReferralPage from "@/app/(app)/referrals/[id]/print/page";
import { changeReferralStatusAction } from "@/lib/actions/change-referral-status";
import { duplicateReferralAction } from "@/lib/actions/duplicate-referral";
import { changeStatus, duplicateAsDraft, getReferralForUser } from "@/lib/data/referrals";
import { db } from "@/lib/db/client";
import { createTestUser, seedEvidenceForTest } from "../support/db-fixtures";
import { freshPdfFonts } from "../support/fresh-pdf-fonts";
import { createReferralFixture } from "../support/referral-fixtures";
import { navigationErrorOf, signInAs, signOutForTest } from "../support/sign-in-as";

const PDFTOTEXT = "/usr/bin/pdftotext";
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const request = (id: string, kind: string) => new Request(`http://localhost/referrals/${id}/${kind}`);

type User = Awaited<ReturnType<typeof createTestUser>>;
let a: User;
let b: User;
let admin: User;

beforeAll(async () => {
  await (jest.requireActual("../support/react-pdf-native") as { ready: Promise<unknown> }).ready;
  await seedEvidenceForTest();
  a = await createTestUser({ name: "Dr A" });
  b = await createTestUser({ name: "Dr B" });
  admin = await createTestUser({ role: "ADMIN", name: "Admin" });
});

async function auditCount(userId: string, action: string, outcome: string, resourceId?: string) {
  return db.auditEvent.count({ where: { userId, action, outcome, ...(resourceId ? { resourceId } : {}) } });
}

describe("detail, status and duplicate", () => {
  test("another clinician gets null; an admin reads but may not edit", async () => {
    const r = await createReferralFixture(db, a.id);
    expect(await getReferralForUser(b, r.id)).toBeNull();
    const asAdmin = await getReferralForUser(admin, r.id);
    expect(asAdmin).toMatchObject({ canEdit: false, nextStatuses: [] });
    const asOwner = await getReferralForUser(a, r.id);
    expect(asOwner).toMatchObject({ canEdit: true, nextStatuses: ["sent", "cancelled"] });
    expect(asOwner?.sheet.condition).toMatchObject({ icd10Code: "M17.10", name: "Knee osteoarthritis" });
  });

  test("valid transitions record events; invalid ones and other users change nothing", async () => {
    const r = await createReferralFixture(db, a.id, { status: "draft" });
    expect(await changeStatus(a, r.id, "sent", null)).toMatchObject({ ok: false, reason: "invalid-transition" });
    expect(await changeStatus(b, r.id, "final", null)).toMatchObject({ ok: false, reason: "not-found" });
    expect(await changeStatus(admin, r.id, "final", null)).toMatchObject({ ok: false, reason: "not-found" });
    // A draft is finished only by saving it again through the form (its final-only checks), not by a status change.
    expect(await changeStatus(a, r.id, "final", "checked")).toMatchObject({ ok: false, reason: "invalid-transition" });
    await db.referral.update({ where: { id: r.id }, data: { status: "final" } });
    await db.referralEvent.create({ data: { referralId: r.id, userId: a.id, fromStatus: "draft", toStatus: "final", note: "checked" } });
    expect(await changeStatus(a, r.id, "sent", null)).toMatchObject({ ok: true });
    expect(await changeStatus(a, r.id, "completed", null)).toMatchObject({ ok: true });
    expect(await changeStatus(a, r.id, "cancelled", null)).toMatchObject({ ok: false, reason: "invalid-transition" });
    const events = await db.referralEvent.findMany({ where: { referralId: r.id }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.fromStatus, e.toStatus])).toEqual([
      [null, "draft"],
      ["draft", "final"],
      ["final", "sent"],
      ["sent", "completed"],
    ]);
    expect(events[1]).toMatchObject({ note: "checked", userId: a.id });
    expect((await db.referral.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("completed");
  });

  test("changeReferralStatusAction: owner only, audited, refuses bad input", async () => {
    const r = await createReferralFixture(db, a.id, { status: "final" });
    await signInAs(b);
    // A complete request (cancelling needs a reason) from another clinician: not found, audited as denied.
    expect(await changeReferralStatusAction({ id: r.id, to: "cancelled", note: "not my patient" })).toEqual({
      ok: false,
      error: "Referral not found",
    });
    expect(await auditCount(b.id, "referral.status", "denied", r.id)).toBe(1);
    await signInAs(a);
    expect(await changeReferralStatusAction({ id: r.id, to: "bogus" })).toMatchObject({ ok: false });
    // Cancelling needs a reason, which the cancelled sheet prints.
    expect(await changeReferralStatusAction({ id: r.id, to: "cancelled" })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/reason for cancelling/),
    });
    expect(await changeReferralStatusAction({ id: r.id, to: "cancelled", note: "patient moved" })).toEqual({
      ok: true,
      data: { status: "cancelled" },
    });
    expect(await auditCount(a.id, "referral.status", "success", r.id)).toBe(1);
    await signInAs(admin);
    expect(await navigationErrorOf(() => changeReferralStatusAction({ id: r.id, to: "cancelled" }))).toMatch(/404/);
  });

  test("duplicate as draft: a new draft for the owner with a new key; nobody else can", async () => {
    const r = await createReferralFixture(db, a.id, { status: "sent" });
    expect(await duplicateAsDraft(b, r.id)).toBeNull();
    await signInAs(a);
    const result = await duplicateReferralAction({ id: r.id });
    if (!result.ok) throw new Error(result.error);
    const copy = await db.referral.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(copy.id).not.toBe(r.id);
    expect(copy).toMatchObject({
      status: "draft",
      clinicianId: a.id,
      patientName: r.patientName,
      suggestion: r.suggestion,
      finalDose: r.finalDose,
    });
    expect(copy.idempotencyKey).not.toBe(r.idempotencyKey);
    expect(await db.referralEvent.count({ where: { referralId: copy.id, toStatus: "draft", fromStatus: null } })).toBe(1);
    expect(await auditCount(a.id, "referral.duplicate", "success", r.id)).toBe(1);
    await signInAs(b);
    expect(await duplicateReferralAction({ id: r.id })).toEqual({ ok: false, error: "Referral not found" });
  });

  test("detail and print pages: 404 for another clinician, audited views", async () => {
    const r = await createReferralFixture(db, a.id);
    await signInAs(b);
    expect(await navigationErrorOf(() => ReferralPage(params(r.id)))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
    expect(await navigationErrorOf(() => PrintReferralPage(params(r.id)))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
    expect(await auditCount(b.id, "referral.view", "denied", r.id)).toBe(1);
    expect(await auditCount(b.id, "referral.print", "denied", r.id)).toBe(1);
    await signInAs(a);
    await expect(ReferralPage(params(r.id))).resolves.toBeTruthy();
    await expect(PrintReferralPage(params(r.id))).resolves.toBeTruthy();
    expect(await auditCount(a.id, "referral.view", "success", r.id)).toBe(1);
    expect(await auditCount(a.id, "referral.print", "success", r.id)).toBe(1);
  });
});

describe("PDF route", () => {
  function pdfText(pdf: Buffer): string {
    if (!existsSync(PDFTOTEXT)) {
      throw new Error(`${PDFTOTEXT} is missing: install poppler-utils (apt-get install -y poppler-utils) to check PDF text`);
    }
    const text = execFileSync(PDFTOTEXT, ["-enc", "UTF-8", "-", "-"], { input: pdf }).toString("utf8");
    return text.replace(/\s+/g, " ");
  }

  test("the owner downloads a real PDF with the patient, dose line, ICD-10-CM code and every citation", async () => {
    const r = await createReferralFixture(db, a.id, { intake: { patientName: "Petra Pdf", notes: "<script>alert(1)</script> & more" } });
    await signInAs(a);
    const res = await getPdf(request(r.id, "pdf"), params(r.id));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("cache-control")).toBe("no-store");
    const disposition = res.headers.get("content-disposition") ?? "";
    expect(disposition).toMatch(new RegExp(`^attachment; filename="referral-${r.id}-\\d{4}-\\d{2}-\\d{2}\\.pdf"$`));
    expect(disposition).not.toMatch(/Petra/);
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf);
    expect(text).toContain("Petra Pdf");
    expect(text).toContain("Massage therapy: 60-minute sessions, once a week, for 8 weeks (8 sessions)");
    expect(text).toContain("ICD-10-CM M17.10");
    expect(text).toContain("4 units per session");
    const card = JSON.parse(r.suggestion) as { studies: { citation: string }[] };
    expect(card.studies.length).toBeGreaterThan(0);
    for (const study of card.studies) expect(text).toContain(study.citation);
    expect(text).toContain("Decision support only");
    expect(text).toContain("Your massage therapy plan");
    // The fixed footer repeats on every page: at least the therapist page and the patient page.
    expect(text.split(`MassageRx referral ${r.id}`).length - 1).toBeGreaterThanOrEqual(2);
    expect(text).toContain("Clinician notes: <script>alert(1)</script> & more");
    expect(await auditCount(a.id, "referral.pdf", "success", r.id)).toBe(1);
  });

  async function pdfOf(patientName: string, notes = ""): Promise<string> {
    const r = await createReferralFixture(db, a.id, { intake: { patientName, notes } });
    await signInAs(a);
    const res = await getPdf(request(r.id, "pdf"), params(r.id));
    expect(res.status).toBe(200);
    return pdfText(Buffer.from(await res.arrayBuffer()));
  }

  test("names and text beyond Latin-1 come out exactly (embedded font), with no warning", async () => {
    const text = await pdfOf("Łukasz Żółć-Дмитриев Nguyễn Ωmega", "Pain ≥ 3 months → daily");
    expect(text).toContain("Name: Łukasz Żółć-Дмитриев Nguyễn Ωmega");
    expect(text).toContain("For Łukasz Żółć-Дмитриев Nguyễn Ωmega");
    expect(text).toContain("Clinician notes: Pain ≥ 3 months → daily");
    expect(text).not.toContain("This PDF cannot show");
  });

  test("a sheet with composed letters does not cost later PDFs the letters they are built from", async () => {
    // A fresh font, as after a server start: these capitals are first met inside the composed letters
    // (Ẑ is drawn from Z and a circumflex). Before the fix, the next PDF's text layer lost them: a therapist
    // copying or searching the printed code or name got "N CJ-7S3A" for "NZCJ-7S3A" (react-pdf#3404).
    await freshPdfFonts();
    await pdfOf("Ẑǭ Ẃỳ Ḱǵ Ḧĵ Ṽẍ");
    const text = await pdfOf("ZOE KING-VAUGHN WYX JR");
    expect(text).toContain("Name: ZOE KING-VAUGHN WYX JR");
    expect(text).toContain("For ZOE KING-VAUGHN WYX JR");
  });

  test("a ligature character pasted into a later sheet prints whole (a ligature in an earlier one made its glyph stand for three letters)", async () => {
    await freshPdfFonts();
    await pdfOf("Maria Lopez", "Sufficient efficacy; office work");
    const text = await pdfOf("Maria Lopez", "Works in an o\uFB03ce. Avoid deep pressure over the knee");
    expect(text).toContain("Avoid deep pressure over the knee");
  });

  test("characters the font cannot draw are named on both copies instead of passing silently", async () => {
    const text = await pdfOf("王小明 Wang");
    const warning = "This PDF cannot show 3 characters used in this referral (U+738B, U+5C0F, U+660E).";
    expect(text.split(warning).length - 1).toBe(2);
    expect(text).toContain("Check names and text against the referral in MassageRx or its printed sheet, which show them.");
  });

  test("another clinician gets 404 without PHI; no session gets 401", async () => {
    const r = await createReferralFixture(db, a.id, { intake: { patientName: "Quinn Private" } });
    await signInAs(b);
    const res = await getPdf(request(r.id, "pdf"), params(r.id));
    expect(res.status).toBe(404);
    const body = await res.text();
    expect(body).not.toMatch(/Quinn|M17|knee/i);
    expect(await auditCount(b.id, "referral.pdf", "denied", r.id)).toBe(1);
    signOutForTest();
    const anon = await getPdf(request(r.id, "pdf"), params(r.id));
    expect(anon.status).toBe(401);
    expect(await anon.json()).toEqual({ error: "Sign in to continue" });
  });
});

describe("FHIR route", () => {
  test("a ServiceRequest with codes, timing, contained patient and requester", async () => {
    const r = await createReferralFixture(db, a.id, {
      slug: "chronic-neck-pain",
      finalDose: { minutesPerSession: 60, sessionsPerWeek: 2, weeks: 4, totalSessions: 8 },
    });
    await signInAs(a);
    const res = await getFhir(request(r.id, "fhir"), params(r.id));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/fhir\+json/);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="referral-${r.id}.fhir.json"`);
    const sr = (await res.json()) as fhir4.ServiceRequest;
    expect(sr).toMatchObject({ resourceType: "ServiceRequest", id: r.id, status: "active", intent: "order" });
    const codes = sr.code?.coding?.map((c) => `${c.system}|${c.code}`);
    expect(codes).toEqual(["http://snomed.info/sct|387854002", "http://www.ama-assn.org/go/cpt|97124"]);
    expect(sr.reasonCode?.[0]?.coding?.[0]).toMatchObject({ system: "http://hl7.org/fhir/sid/icd-10-cm", code: "M54.2" });
    expect(sr.occurrenceTiming?.repeat).toEqual({
      frequency: 2,
      period: 1,
      periodUnit: "wk",
      duration: 60,
      durationUnit: "min",
      boundsDuration: { value: 4, unit: "wk", system: "http://unitsofmeasure.org", code: "wk" },
      count: 8,
    });
    const contained = sr.contained ?? [];
    expect(contained.map((c) => c.resourceType)).toEqual(["Patient", "Practitioner"]);
    expect(sr.subject.reference).toBe("#patient");
    expect(sr.requester?.reference).toBe("#requester");
    expect(sr.supportingInfo?.some((ref) => ref.identifier?.value === r.evidenceVersionId)).toBe(true);
    expect(await auditCount(a.id, "referral.fhir", "success", r.id)).toBe(1);
  });

  test("another clinician gets 404; no session gets 401", async () => {
    const r = await createReferralFixture(db, a.id, { intake: { patientName: "Rita Hidden" } });
    await signInAs(b);
    const res = await getFhir(request(r.id, "fhir"), params(r.id));
    expect(res.status).toBe(404);
    expect(await res.text()).not.toMatch(/Rita/);
    expect(await auditCount(b.id, "referral.fhir", "denied", r.id)).toBe(1);
    signOutForTest();
    expect((await getFhir(request(r.id, "fhir"), params(r.id))).status).toBe(401);
  });
});
