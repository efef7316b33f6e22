import { createReferralAction } from "@/lib/actions/create-referral";
import { db } from "@/lib/db/client";
import { databaseProvider, resolveDatabaseUrl } from "@/lib/db/database-url";
import { actAs } from "../support/act-as";
import { referralSaveInput } from "../support/action-registry";
import { createTestUser, seedEvidenceForTest } from "../support/db-fixtures";
import { intakeInput } from "../support/intake-fixtures";
import { signInAs } from "../support/sign-in-as";
import { startWriteContender } from "../support/write-contender";

// Properties 25 and 26: saves that arrive together all succeed (SQLite in WAL mode with a busy timeout
// queues writers instead of failing with "database is locked"), and a double submit is one referral.
jest.setTimeout(60_000);

type Session = Awaited<ReturnType<typeof signInAs>>;
let clinicians: Session[];

beforeAll(async () => {
  await seedEvidenceForTest();
  clinicians = [];
  for (let i = 0; i < 5; i++) clinicians.push(await signInAs(await createTestUser({ name: `Dr Concurrent ${i}` })));
});

/**
 * Starts one save as the given clinician. The session lookup happens synchronously when the action
 * starts, so switching the signed-in user before each call gives each concurrent request its own user.
 */
function saveAs(session: Session, input: unknown) {
  actAs(session);
  return createReferralAction(input);
}

/** Rejections and refusals, readable in a failure message (e.g. "database is locked"). */
function problems(results: PromiseSettledResult<Awaited<ReturnType<typeof createReferralAction>>>[]): string[] {
  return results.flatMap((r) => (r.status === "rejected" ? [String(r.reason)] : r.value.ok ? [] : [r.value.error]));
}

describe("concurrent referral saves", () => {
  test("50 at once from 5 clinicians, while another process holds the write lock on and off: all saved", async () => {
    const before = await db.referral.count();
    const contender = await startWriteContender();
    let results: PromiseSettledResult<Awaited<ReturnType<typeof createReferralAction>>>[];
    let contenderRounds = 0;
    try {
      const saves = Array.from({ length: 50 }, (_, i) =>
        saveAs(
          clinicians[i % clinicians.length] as Session,
          referralSaveInput({ intake: intakeInput({ patientName: `Concurrent Patient ${i}` }) }),
        ),
      );
      results = await Promise.allSettled(saves);
    } finally {
      contenderRounds = await contender.stop();
    }
    expect(problems(results)).toEqual([]);
    // On SQLite the other process really took the lock while the saves ran (0 on PostgreSQL: none started).
    expect(contenderRounds > 0).toBe(databaseProvider(resolveDatabaseUrl(process.env.DATABASE_URL)) === "sqlite");
    expect(new Set(results.map((r) => (r.status === "fulfilled" && r.value.ok ? r.value.data.id : null))).size).toBe(50);
    expect(await db.referral.count()).toBe(before + 50);
    const perClinician = await db.referral.groupBy({
      by: ["clinicianId"],
      where: { patientName: { startsWith: "Concurrent Patient" } },
      _count: { _all: true },
    });
    expect(perClinician.map((g) => g._count._all)).toEqual([10, 10, 10, 10, 10]);
    // Nothing half-written: every referral has its "created" event.
    expect(await db.referral.count({ where: { events: { none: {} } } })).toBe(0);
  });

  test("the same submission 10 times at once (double click, retry) is exactly one referral", async () => {
    const session = clinicians[1] as Session;
    const input = referralSaveInput({ intake: intakeInput({ patientName: "Double Submit" }) });
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => saveAs(session, input)));
    expect(problems(results)).toEqual([]);
    const ids = new Set(results.map((r) => (r.status === "fulfilled" && r.value.ok ? r.value.data.id : null)));
    expect(ids.size).toBe(1);
    expect(await db.referral.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
    expect(await db.referralEvent.count({ where: { referral: { idempotencyKey: input.idempotencyKey } } })).toBe(1);
  });
});
