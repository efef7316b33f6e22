import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { GET as health } from "@/app/api/health/route";
import ErrorPage from "@/app/error";
import { createReferralAction } from "@/lib/actions/create-referral";
import { listReferralsAction } from "@/lib/actions/list-referrals";
import { recordAudit } from "@/lib/data/audit";
import { db } from "@/lib/db/client";
import { referralSaveInput } from "../support/action-registry";
import { bringDatabaseBack, failReferralEventInserts, provider, takeDatabaseDown } from "../support/database-outage";
import { createTestUser, seedEvidenceForTest } from "../support/db-fixtures";
import { signInAs } from "../support/sign-in-as";

// Property 24: while the database is unreachable the app says so without details (health 503, the
// generic error page), nothing is half-written, and it works again as soon as the database is back,
// without a restart. The outage is real: this file's own database file (SQLite) or database
// (PostgreSQL) stops being reachable; see the support file.
jest.setTimeout(60_000);

/** What the error boundary (app/error.tsx) shows for an error, as HTML. */
const errorPageHtml = (error: Error) => renderToString(createElement(ErrorPage, { error, reset: () => undefined }));

async function thrownBy(call: () => Promise<unknown>): Promise<Error> {
  try {
    await call();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the call to throw while the database is down");
}

/** Every referral has its "created" event, and the counts are what the test expects. */
async function expectConsistent(expectedReferrals: number) {
  expect(await db.referral.count()).toBe(expectedReferrals);
  expect(await db.referral.count({ where: { events: { none: {} } } })).toBe(0);
  expect(await db.referralEvent.count({ where: { note: "created" } })).toBe(expectedReferrals);
}

let referralsBefore = 0;

beforeAll(async () => {
  await seedEvidenceForTest();
  await signInAs(await createTestUser({ name: "Dr Outage" }));
  const first = await createReferralAction(referralSaveInput());
  expect(first.ok).toBe(true);
  referralsBefore = await db.referral.count();
});

afterAll(() => {
  // Never leave the database down for the harness's own cleanup, even if a test failed half-way.
  try {
    bringDatabaseBack();
  } catch {
    // Already back.
  }
});

describe(`database outage (${provider()})`, () => {
  test("while down: health 503 with no details, actions throw to the generic error page, nothing written", async () => {
    expect((await health()).status).toBe(200);
    await takeDatabaseDown();
    try {
      const res = await health();
      expect(res.status).toBe(503);
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(await res.text()).toBe(JSON.stringify({ status: "unavailable" }));

      for (const call of [() => createReferralAction(referralSaveInput()), () => listReferralsAction({})]) {
        const error = await thrownBy(call);
        const html = errorPageHtml(error);
        expect(html).toContain("Something went wrong");
        // The page shows none of what the error says (driver messages name files, tables and SQL).
        for (const line of error.message
          .split("\n")
          .map((l) => l.trim())
          .filter((l) => l.length > 8))
          expect(html).not.toContain(line);
        expect(html).not.toMatch(/prisma|sqlite|postgres|SELECT|INSERT|\.db\b/i);
      }
      // Audit events written together (one INSERT) all fail their callers: none is taken as recorded.
      const audits = await Promise.allSettled(
        [1, 2, 3].map((n) => recordAudit({ userId: null, action: `test.outage-${n}`, outcome: "success" })),
      );
      expect(audits.map((a) => a.status)).toEqual(["rejected", "rejected", "rejected"]);
    } finally {
      bringDatabaseBack();
    }
    await expectConsistent(referralsBefore);
  });

  test("a save that fails half-way (second statement refused) leaves no referral without its event", async () => {
    const undo = await failReferralEventInserts();
    try {
      const error = await thrownBy(() => createReferralAction(referralSaveInput()));
      // The referral row was inserted and the event insert (the second statement) is what failed.
      // (Prisma names the failed call on SQLite; PostgreSQL passes the trigger's message through.)
      expect(error.message).toMatch(/referralEvent\.create\(\)|simulated write failure/);
    } finally {
      await undo();
    }
    await expectConsistent(referralsBefore);
  });

  test("after recovery: health 200 and saves work again without a restart", async () => {
    const res = await health();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
    const saved = await createReferralAction(referralSaveInput());
    expect(saved.ok).toBe(true);
    await expectConsistent(referralsBefore + 1);
    await recordAudit({ userId: null, action: "test.after-outage", outcome: "success" });
    expect(await db.auditEvent.count({ where: { action: { startsWith: "test.outage-" } } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "test.after-outage" } })).toBe(1);
  });
});
