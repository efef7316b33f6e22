/**
 * The clinician-side routes of the loop on a real database: the FHIR Bundle download (owner or admin,
 * audited, 404 for anyone else), the outcomes CSV (aggregates only, no patient names), the referral page
 * showing the loop, and the needs-attention page.
 */
import type * as fhir4 from "fhir/r4";
import { GET as getLoopFhir } from "@/app/(app)/referrals/[id]/loop-fhir/route";
import ReferralPage from "@/app/(app)/referrals/[id]/page";
import NeedsAttentionPage from "@/app/(app)/referrals/attention/page";
import { GET as getOutcomesCsv } from "@/app/(app)/outcomes/export/route";
import { db } from "@/lib/db/client";
import { createTestUser, seedEvidenceForTest } from "../support/db-fixtures";
import { createLoopFixture, createTherapistFixture } from "../support/loop-row-fixtures";
import { createReferralFixture } from "../support/referral-fixtures";
import { renderPageHtml } from "../support/render-page";
import { signInAs, signOutForTest } from "../support/sign-in-as";

type User = Awaited<ReturnType<typeof createTestUser>>;
let a: User;
let b: User;
let referralId: string;
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const at = (iso: string) => new Date(`${iso}T10:00:00.000Z`);

beforeAll(async () => {
  await seedEvidenceForTest();
  a = await createTestUser({ name: "Dr Route" });
  b = await createTestUser({ name: "Dr Other" });
  const therapist = await createTherapistFixture(db);
  const referral = await createReferralFixture(db, a.id, {
    status: "sent",
    intake: { patientName: "Quinn Loop" },
    finalDose: { minutesPerSession: 60, sessionsPerWeek: 1, weeks: 8, totalSessions: 8 },
  });
  referralId = referral.id;
  await createLoopFixture(db, {
    referralId,
    clinicianId: a.id,
    therapistId: therapist.id,
    status: "completed",
    sentAt: at("2026-05-01"),
    moves: [
      { to: "accepted", at: at("2026-05-02") },
      { to: "in_progress", at: at("2026-05-05") },
      { to: "completed", at: at("2026-05-20") },
    ],
    sessions: [
      { date: "2026-05-05" },
      { date: "2026-05-12", adverse: { severity: "moderate", description: "Bruising" } },
      { date: "2026-05-19" },
    ],
    scores: [
      { on: "2026-05-05", timepoint: "first", pain: 6, peg: [6, 6, 6], session: 0 },
      { on: "2026-05-19", timepoint: "final", pain: 6, peg: [6, 5, 6], pgic: 4, session: 2 },
    ],
    dischargeNote: "No change",
  });
});

afterEach(() => signOutForTest());

const auditCount = (userId: string, action: string, outcome: string) => db.auditEvent.count({ where: { userId, action, outcome } });

describe("loop routes", () => {
  it("downloads the loop as a FHIR Bundle for its clinician, audited; another clinician gets 404", async () => {
    await signInAs(a);
    const res = await getLoopFhir(new Request(`http://localhost/referrals/${referralId}/loop-fhir`), params(referralId));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/fhir+json");
    const bundle = (await res.json()) as fhir4.Bundle;
    expect(bundle.type).toBe("collection");
    expect(bundle.entry?.some((e) => e.resource?.resourceType === "Task" && e.resource.status === "completed")).toBe(true);
    expect(await auditCount(a.id, "referral.loop-fhir", "success")).toBe(1);

    await signInAs(b);
    const denied = await getLoopFhir(new Request(`http://localhost/referrals/${referralId}/loop-fhir`), params(referralId));
    expect(denied.status).toBe(404);
    expect(await auditCount(b.id, "referral.loop-fhir", "denied")).toBe(1);

    signOutForTest();
    expect((await getLoopFhir(new Request("http://localhost/x"), params(referralId))).status).toBe(401);
  });

  it("shows the course on the referral page: timeline, sessions of the dose, scores table, adverse event", async () => {
    await signInAs(a);
    const html = renderPageHtml(await ReferralPage(params(referralId))).replace(/<!-- -->/g, "");
    expect(html).toContain("Course with Terry Therapist");
    expect(html).toContain("3 of 8 sessions");
    expect(html).toContain("Outcome scores (0-10, lower is better)");
    expect(html).toContain("Bruising");
    expect(html).toContain(`/referrals/${referralId}/loop-fhir`);
  });

  it("lists the course that ended without relief and the open adverse event on the needs-attention page", async () => {
    await signInAs(a);
    const html = renderPageHtml(await NeedsAttentionPage()).replace(/<!-- -->/g, "");
    expect(html).toContain("Quinn Loop");
    expect(html).toContain("Adverse event (moderate): Bruising");
    expect(html).toContain("Course ended with pain unchanged: 6 → 6 of 10");
    expect(await auditCount(a.id, "referral.attention-list", "success")).toBeGreaterThanOrEqual(1);
  });

  it("exports outcomes as CSV of aggregates, never a patient's name", async () => {
    await signInAs(a);
    const res = await getOutcomesCsv(new Request("http://localhost/outcomes/export?scope=mine"));
    expect(res.status).toBe(200);
    const text = await res.text();
    const [header, row] = text.trim().split(/\r?\n/);
    expect(header).toBe(
      "condition,dose,courses_completed,median_pain_change,pain_n,median_peg_change,peg_n,at_least_30pct_less_pain,at_least_30pct_n,sessions_attended,sessions_prescribed,sessions_n",
    );
    expect(row).toContain(",1,0,1,");
    expect(text).not.toContain("Quinn Loop");
    expect(await auditCount(a.id, "outcomes.export", "success")).toBe(1);
  });
});
