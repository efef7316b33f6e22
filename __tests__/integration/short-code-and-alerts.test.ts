// The real react-pdf, loaded by Node's ESM loader (see the support file).
jest.mock("@react-pdf/renderer", () => jest.requireActual("../support/react-pdf-native"));

import { execFileSync } from "node:child_process";
import { GET as getPdf } from "@/app/(app)/referrals/[id]/pdf/route";
import PrintReferralPage from "@/app/(app)/referrals/[id]/print/page";
import OpenByShortCodePage from "@/app/r/[code]/page";
import { acknowledgeAdverseEventAction } from "@/lib/actions/acknowledge-adverse-event";
import { countOpenAdverseAlerts } from "@/lib/data/adverse-alerts";
import { sendReferralToTherapist } from "@/lib/data/referral-dispatch";
import { referralCodeMark } from "@/lib/data/short-code";
import { db } from "@/lib/db/client";
import { databaseProvider, resolveDatabaseUrl } from "@/lib/db/database-url";
import { createTestUser, seedEvidenceForTest } from "../support/db-fixtures";
import { createLoopContext, type LoopContext } from "../support/loop-fixtures";
import { createReferralFixture } from "../support/referral-fixtures";
import { renderPageHtml } from "../support/render-page";
import { navigationErrorOf, signInAs, signOutForTest } from "../support/sign-in-as";

// Issue 16: the printed short code / QR target /r/<code> opens a referral only for its therapist or its
// clinician (the same "not found" as an unknown code for everyone else, audited), and the clinician's
// adverse-event badge count, cleared by "Acknowledge".
jest.setTimeout(60_000);

const NOT_FOUND = /NEXT_HTTP_ERROR_FALLBACK;404/;
type User = Awaited<ReturnType<typeof createTestUser>>;
let clinician: User;
let otherClinician: User;
let admin: User;
let loop: LoopContext;
let otherLoop: LoopContext;
let referralId: string;
let shortCode: string;

const open = (code: string) => navigationErrorOf(() => OpenByShortCodePage({ params: Promise.resolve({ code }) }));
const audits = (userId: string, outcome: string) => db.auditEvent.count({ where: { userId, action: "referral.short-code-open", outcome } });

beforeAll(async () => {
  await (jest.requireActual("../support/react-pdf-native") as { ready: Promise<unknown> }).ready;
  await seedEvidenceForTest();
  clinician = await createTestUser({ name: "Dr Code" });
  otherClinician = await createTestUser({ name: "Dr Elsewhere" });
  admin = await createTestUser({ role: "ADMIN" });
  loop = await createLoopContext(clinician);
  otherLoop = await createLoopContext(otherClinician);
  const dispatch = await db.referralDispatch.findUniqueOrThrow({ where: { id: loop.dispatch.sent }, include: { referral: true } });
  referralId = dispatch.referralId;
  shortCode = dispatch.referral.shortCode ?? "";
});

afterEach(() => signOutForTest());

describe("/r/<code>", () => {
  test("the assigned therapist is taken to their page of that referral", async () => {
    await signInAs({ email: loop.therapistEmail });
    expect(await open(shortCode)).toBe(`redirect:/therapist/referrals/${loop.dispatch.sent}`);
    // Typed from paper: lower case, no hyphen, O for zero.
    expect(await open(shortCode.toLowerCase().replace("-", "").replace(/0/g, "o"))).toBe(
      `redirect:/therapist/referrals/${loop.dispatch.sent}`,
    );
  });

  test("the referring clinician is taken to the referral's page", async () => {
    const session = await signInAs(clinician);
    const before = await audits(session.id, "success");
    expect(await open(shortCode)).toBe(`redirect:/referrals/${referralId}`);
    expect(await audits(session.id, "success")).toBe(before + 1);
  });

  test("another therapist, another clinician and an admin get the same not-found as an unknown code, audited as denied", async () => {
    for (const who of [{ email: otherLoop.therapistEmail }, otherClinician, admin]) {
      const session = await signInAs(who);
      const denied = await audits(session.id, "denied");
      expect(await open(shortCode)).toMatch(NOT_FOUND);
      expect(await open("ZZZZ-ZZZZ")).toMatch(NOT_FOUND);
      expect(await open("not a code at all %00 <script>")).toMatch(NOT_FOUND);
      expect(await audits(session.id, "denied")).toBe(denied + 3);
    }
    // The log keeps only a well-formed code, never the raw URL text.
    const details = await db.auditEvent.findMany({
      where: { action: "referral.short-code-open", outcome: "denied" },
      select: { detail: true },
    });
    expect(details.every((d) => d.detail === `code=${shortCode}` || d.detail === "code=ZZZZ-ZZZZ" || d.detail === "code=malformed")).toBe(
      true,
    );
  });

  test("signed out, it asks for sign-in first", async () => {
    expect(await open(shortCode)).toBe(`redirect:/login?next=${encodeURIComponent(`/r/${shortCode}`)}`);
  });
});

describe("the short code on the printed sheet", () => {
  test("a sent referral's mark carries its code and a QR code of the absolute /r/<code> address; a never-sent one has none", async () => {
    const mark = referralCodeMark(shortCode);
    expect(mark?.code).toBe(shortCode);
    expect(mark?.url).toMatch(new RegExp(`^https?://[^/]+/r/${shortCode}$`));
    expect(mark?.qr.size).toBeGreaterThanOrEqual(21);
    expect(referralCodeMark(null)).toBeNull();
  });

  test("the print view and the PDF carry the code, the /r/<code> address and the QR code; an unsent referral's carry none", async () => {
    await signInAs(clinician);
    const params = (id: string) => ({ params: Promise.resolve({ id }) });
    const html = renderPageHtml(await PrintReferralPage(params(referralId)));
    expect(html).toContain(`Referral code <span class="font-mono text-base tracking-wider">${shortCode}</span>`);
    expect(html).toMatch(new RegExp(`<svg role="img" aria-label="QR code for https?://[^"]+/r/${shortCode}"`));
    const pdfText = async (id: string) => {
      const res = await getPdf(new Request(`http://localhost/referrals/${id}/pdf`), params(id));
      expect(res.status).toBe(200);
      return execFileSync("/usr/bin/pdftotext", ["-enc", "UTF-8", "-", "-"], { input: Buffer.from(await res.arrayBuffer()) })
        .toString("utf8")
        .replace(/\s+/g, " ");
    };
    const text = await pdfText(referralId);
    expect(text).toContain(`Referral code ${shortCode}`);
    expect(text).toMatch(new RegExp(`/r/${shortCode} and sign in to open this referral`));

    const unsent = loop.sendableReferralId;
    expect(renderPageHtml(await PrintReferralPage(params(unsent)))).not.toContain("Referral code");
    expect(await pdfText(unsent)).not.toContain("Referral code");
  });

  test("the code stays the same when a declined referral is sent again", async () => {
    const referral = await createReferralFixture(db, clinician.id, { status: "final" });
    const first = await sendReferralToTherapist(clinician, referral.id, loop.therapistId);
    if (!first.ok) throw new Error(first.reason);
    await db.referralDispatch.update({ where: { id: first.dispatchId }, data: { status: "declined" } });
    const other = await db.therapist.findUniqueOrThrow({ where: { id: otherLoop.therapistId } });
    const second = await sendReferralToTherapist(clinician, referral.id, other.id);
    expect(second).toMatchObject({ ok: true, shortCode: first.shortCode });
  });
});

describe("the header's adverse-event badge", () => {
  test("counts the clinician's unacknowledged moderate/severe events; Acknowledge clears it; others cannot", async () => {
    expect(await countOpenAdverseAlerts(clinician)).toBe(1);
    await signInAs(otherClinician);
    expect(await acknowledgeAdverseEventAction({ id: loop.adverseEventId })).toEqual({ ok: false, error: "Alert not found" });
    const session = await signInAs(clinician);
    expect(await countOpenAdverseAlerts(clinician)).toBe(1);
    expect(await acknowledgeAdverseEventAction({ id: loop.adverseEventId })).toEqual({ ok: true, data: { id: loop.adverseEventId } });
    expect(await countOpenAdverseAlerts(clinician)).toBe(0);
    expect(await db.auditEvent.count({ where: { userId: session.id, action: "adverse-event.acknowledge", outcome: "success" } })).toBe(1);
  });

  test("the count is one query on the (clinicianId, acknowledgedAt) index, not a table scan (SQLite plan)", async () => {
    if (databaseProvider(resolveDatabaseUrl(process.env.DATABASE_URL)) !== "sqlite") return;
    const plan = await db.$queryRawUnsafe<{ detail: string }[]>(
      `EXPLAIN QUERY PLAN SELECT COUNT(*) FROM "AdverseEvent" WHERE "clinicianId" = ? AND "acknowledgedAt" IS NULL AND "severity" IN ('moderate', 'severe')`,
      clinician.id,
    );
    expect(plan.map((p) => p.detail).join(" | ")).toMatch(/USING INDEX AdverseEvent_clinicianId_acknowledgedAt_idx/);
  });
});
