/**
 * Every referral writer — not only "Save referral" — survives SQLite's immediate "database is locked"
 * by retrying through the one shared helper (lib/data/retry-while-locked.ts): duplicate, amend, finish a
 * draft, cancel (and every status change) and the intake autosave, on a real database.
 *
 * The lock refusal itself is real on SQLite: a second connection with no busy timeout, while another
 * process holds the write lock, is refused with the error Prisma gives the app, and the helper must
 * recognise exactly that error. To make the refusal land on a chosen writer every time (in production
 * it strikes about one write in a hundred under contention, concurrent-writes.test.ts), the first
 * transaction of each writer is refused with an error of that shape; the retry then runs on the real
 * database.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { changeReferralStatusAction } from "@/lib/actions/change-referral-status";
import { createReferralAction } from "@/lib/actions/create-referral";
import { duplicateReferralAction } from "@/lib/actions/duplicate-referral";
import { saveIntakeDraftAction } from "@/lib/actions/save-intake-draft";
import { isDatabaseLocked, LOCKED_ATTEMPTS, retryWhileLocked } from "@/lib/data/retry-while-locked";
import { db } from "@/lib/db/client";
import { databaseProvider, resolveDatabaseUrl, sqliteFilePath } from "@/lib/db/database-url";
import { PrismaClient as SqliteClient, Prisma } from "@/lib/db/generated/sqlite/client";
import { referralSaveInput } from "../support/action-registry";
import { createTestUser, seedEvidenceForTest } from "../support/db-fixtures";
import { createReferralFixture } from "../support/referral-fixtures";
import { signInAs } from "../support/sign-in-as";
import { holdWriteLock } from "../support/write-lock-holder";

jest.setTimeout(30_000);
type User = Awaited<ReturnType<typeof createTestUser>>;
let owner: User;
const onSqlite = () => databaseProvider(resolveDatabaseUrl(process.env.DATABASE_URL)) === "sqlite";

/** The error Prisma raises for SQLITE_BUSY (adapter kind SocketTimeout → P1008). */
function lockedError(): Error {
  return new Prisma.PrismaClientKnownRequestError("Operation has timed out (database is locked)", {
    code: "P1008",
    clientVersion: Prisma.prismaVersion.client,
  });
}

/** Refuses the next `times` transactions as locked, then lets them through to the real database. */
function refuseTransactionsAsLocked(times: number) {
  const real = db.$transaction.bind(db);
  let refused = 0;
  const spy = jest.spyOn(db, "$transaction").mockImplementation(((...args: Parameters<typeof db.$transaction>) => {
    if (refused < times) {
      refused++;
      return Promise.reject(lockedError());
    }
    return real(...args);
  }) as typeof db.$transaction);
  return { spy, refused: () => refused };
}

beforeAll(async () => {
  await seedEvidenceForTest();
  owner = await createTestUser({ name: "Dr Locked" });
});

beforeEach(async () => {
  await signInAs(owner);
});

afterEach(() => {
  jest.restoreAllMocks();
});

test("a real SQLite lock refusal is what the helper retries", async () => {
  if (!onSqlite()) return; // PostgreSQL locks rows and waits; it never answers "database is locked".
  const url = resolveDatabaseUrl(process.env.DATABASE_URL);
  const holder = await holdWriteLock(url);
  const impatient = new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: sqliteFilePath(url), timeout: 0 }) });
  try {
    const error = await impatient.intakeDraft.create({ data: { clinicianId: owner.id, data: "{}" } }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    expect(isDatabaseLocked(error)).toBe(true);
  } finally {
    await impatient.$disconnect();
    await holder.release();
  }
});

describe("each writer retries a locked transaction and writes exactly once", () => {
  test("duplicate as new draft", async () => {
    const source = await createReferralFixture(db, owner.id, { status: "final" });
    const before = await db.referral.count({ where: { clinicianId: owner.id } });
    const lock = refuseTransactionsAsLocked(1);
    const result = await duplicateReferralAction({ id: source.id });
    expect(result).toMatchObject({ ok: true });
    expect(lock.refused()).toBe(1);
    expect(await db.referral.count({ where: { clinicianId: owner.id } })).toBe(before + 1);
  });

  test("amend a final referral", async () => {
    const original = await createReferralFixture(db, owner.id, { status: "final" });
    const lock = refuseTransactionsAsLocked(1);
    const result = await createReferralAction(
      referralSaveInput({ edit: { kind: "amend", id: original.id, reason: "Shorter sessions asked for" } }),
    );
    expect(result).toMatchObject({ ok: true });
    expect(lock.refused()).toBe(1);
    expect((await db.referral.findUniqueOrThrow({ where: { id: original.id } })).status).toBe("amended");
    expect(await db.referral.count({ where: { amendsId: original.id } })).toBe(1);
  });

  test("finish a draft", async () => {
    const draft = await createReferralFixture(db, owner.id, { status: "draft" });
    const lock = refuseTransactionsAsLocked(1);
    const result = await createReferralAction(referralSaveInput({ edit: { kind: "draft", id: draft.id } }));
    expect(result).toEqual({ ok: true, data: { id: draft.id } });
    expect(lock.refused()).toBe(1);
    expect((await db.referral.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("final");
  });

  test("cancel with a reason", async () => {
    const referral = await createReferralFixture(db, owner.id, { status: "final" });
    const lock = refuseTransactionsAsLocked(1);
    const result = await changeReferralStatusAction({ id: referral.id, to: "cancelled", note: "Patient moved away" });
    expect(result).toEqual({ ok: true, data: { status: "cancelled" } });
    expect(lock.refused()).toBe(1);
    const events = await db.referralEvent.findMany({ where: { referralId: referral.id, toStatus: "cancelled" } });
    expect(events.map((e) => e.note)).toEqual(["Patient moved away"]);
  });

  test("intake autosave, first save and update", async () => {
    let lock = refuseTransactionsAsLocked(1);
    const first = await saveIntakeDraftAction({ id: null, intake: { patientName: "Typed While Locked", complaint: "knee" } });
    if (!first.ok) throw new Error(JSON.stringify(first));
    expect(lock.refused()).toBe(1);
    jest.restoreAllMocks();
    lock = refuseTransactionsAsLocked(1);
    const second = await saveIntakeDraftAction({
      id: first.data.id,
      intake: { patientName: "Typed While Locked", complaint: "knee pain" },
    });
    expect(second).toEqual({ ok: true, data: { id: first.data.id } });
    expect(lock.refused()).toBe(1);
    expect(await db.intakeDraft.count({ where: { clinicianId: owner.id } })).toBe(1);
  });

  test("a new referral (the save that had the retry first)", async () => {
    const lock = refuseTransactionsAsLocked(1);
    const result = await createReferralAction(referralSaveInput());
    expect(result).toMatchObject({ ok: true });
    expect(lock.refused()).toBe(1);
  });
});

describe("the shared helper", () => {
  test("gives up after a bounded number of attempts and passes the error on", async () => {
    let attempts = 0;
    await expect(retryWhileLocked(() => (attempts++, Promise.reject(lockedError())))).rejects.toMatchObject({ code: "P1008" });
    expect(attempts).toBe(LOCKED_ATTEMPTS);
  });

  test("never retries any other error (a unique violation is the caller's to handle)", async () => {
    let attempts = 0;
    const unique = new Prisma.PrismaClientKnownRequestError("Unique constraint failed", {
      code: "P2002",
      clientVersion: Prisma.prismaVersion.client,
    });
    await expect(retryWhileLocked(() => (attempts++, Promise.reject(unique)))).rejects.toBe(unique);
    expect(attempts).toBe(1);
  });
});
