import { spawnSync } from "node:child_process";
import path from "node:path";
import { recordAudit } from "@/lib/data/audit";
import { appendAuditRows, GENESIS_HASH } from "@/lib/db/audit-chain";
import { verifyAuditChain } from "@/lib/db/audit-verify";
import { db } from "@/lib/db/client";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseProvider } from "@/lib/db/database-url";

// Issue 19, failure 6: on SQLite `INSERT OR REPLACE` overwrote audit rows (it skips the BEFORE DELETE
// trigger), and nothing showed a changed or missing row. Now replacing inserts are refused and every
// row is hash-chained; `npm run audit:verify` reports the first broken link, on both databases.
jest.setTimeout(120_000);

const sqlite = () => databaseProvider(process.env.DATABASE_URL ?? "") === "sqlite";
const root = path.join(__dirname, "..", "..");
const row = (action: string) => ({
  at: new Date(),
  userId: null,
  action,
  resourceType: null,
  resourceId: null,
  outcome: "success",
  ip: null,
  detail: null,
});

/** What an insider who owns the database could do: switch the append-only triggers off for a moment. */
async function withTriggersOff(change: () => Promise<unknown>) {
  if (sqlite()) {
    const triggers = await db.$queryRawUnsafe<{ name: string; sql: string }[]>(
      `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'AuditEvent'`,
    );
    for (const t of triggers) await db.$executeRawUnsafe(`DROP TRIGGER "${t.name}"`);
    try {
      await change();
    } finally {
      for (const t of triggers) await db.$executeRawUnsafe(t.sql);
    }
  } else {
    await db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`);
    try {
      await change();
    } finally {
      await db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER USER`);
    }
  }
}

function auditVerify(): { status: number | null; out: string } {
  const result = spawnSync("npm", ["run", "--silent", "audit:verify"], { cwd: root, env: { ...process.env }, encoding: "utf8" });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

describe(`audit trail tamper evidence (${sqlite() ? "sqlite" : "postgresql"})`, () => {
  test("overwriting an existing row is refused: INSERT OR REPLACE / REPLACE INTO (SQLite), ON CONFLICT DO UPDATE (PostgreSQL)", async () => {
    await recordAudit({ userId: null, action: "test.original", outcome: "success", detail: "kept" });
    const original = await db.auditEvent.findFirstOrThrow({ where: { action: "test.original" } });
    const attempts = sqlite()
      ? [
          `INSERT OR REPLACE INTO "AuditEvent" ("id", "at", "action", "outcome", "prevHash", "hash") VALUES (${original.id}, 0, 'test.forged', 'success', 'x', 'y')`,
          `REPLACE INTO "AuditEvent" ("id", "at", "action", "outcome", "prevHash", "hash") VALUES (${original.id}, 0, 'test.forged', 'success', 'x', 'y')`,
          `INSERT OR REPLACE INTO "AuditEvent" ("at", "action", "outcome", "prevHash", "hash") VALUES (0, 'test.forged', 'success', '${original.prevHash}', 'y')`,
        ]
      : [
          `INSERT INTO "AuditEvent" ("id", "at", "action", "outcome", "prevHash", "hash") VALUES (${original.id}, now(), 'test.forged', 'success', 'x', 'y') ON CONFLICT ("id") DO UPDATE SET "action" = 'test.forged'`,
        ];
    for (const statement of attempts) await expect(db.$executeRawUnsafe(statement)).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: original.id } })).toEqual(original);
    expect(await db.auditEvent.count({ where: { action: "test.forged" } })).toBe(0);
  });

  test("a row without a hash is refused: nothing is written outside the chain", async () => {
    const error = await db.auditEvent.create({ data: { userId: null, action: "test.unchained", outcome: "success" } }).then(
      () => null,
      (e: unknown) => e,
    );
    // Prisma files the trigger's refusal under a constraint error; the database's own words are in it.
    expect(JSON.stringify(error) + String(error)).toMatch(/hash-chained/);
    expect(await db.auditEvent.count({ where: { action: "test.unchained" } })).toBe(0);
  });

  test("events written together and by a second writer (another instance) form one unbroken chain", async () => {
    const other = createPrismaClient(process.env.DATABASE_URL);
    try {
      await Promise.all([
        ...Array.from({ length: 30 }, (_, i) => recordAudit({ userId: null, action: `test.chain-a${i}`, outcome: "success" })),
        ...Array.from({ length: 5 }, (_, i) => appendAuditRows(other, [row(`test.chain-b${i}`), row(`test.chain-c${i}`)])),
      ]);
      // This process's remembered tip is stale now: its next write must still link to the real tip.
      await recordAudit({ userId: null, action: "test.chain-after", outcome: "success" });
    } finally {
      await other.$disconnect();
    }
    const report = await verifyAuditChain(db);
    expect(report.broken).toBeNull();
    expect(report.rows).toBe(await db.auditEvent.count());
    const first = await db.auditEvent.findFirstOrThrow({ where: { hash: { not: null } }, orderBy: { id: "asc" } });
    expect(first.prevHash).toBe(GENESIS_HASH);
    expect(auditVerify()).toMatchObject({ status: 0, out: expect.stringMatching(/Audit chain intact: \d+ rows/) });
  });

  test("a forged row without a hash after the chain began is reported", async () => {
    await recordAudit({ userId: null, action: "test.before-forgery", outcome: "success" });
    expect((await verifyAuditChain(db)).broken).toBeNull();
    await withTriggersOff(() =>
      db.$executeRawUnsafe(
        `INSERT INTO "AuditEvent" ("at", "action", "outcome") VALUES (${sqlite() ? "0" : "now()"}, 'test.forged-late', 'success')`,
      ),
    );
    const forged = await db.auditEvent.findFirstOrThrow({ where: { action: "test.forged-late" } });
    expect((await verifyAuditChain(db)).broken).toMatchObject({ id: forged.id, reason: expect.stringMatching(/no hash/) });
    await withTriggersOff(() => db.auditEvent.delete({ where: { id: forged.id } }));
    expect((await verifyAuditChain(db)).broken).toBeNull();
  });

  test("a changed row, a removed row and an inserted row are each reported as the first broken link", async () => {
    for (let i = 0; i < 6; i++) await recordAudit({ userId: null, action: `test.tamper-${i}`, outcome: "success" });
    const rows = await db.auditEvent.findMany({ where: { action: { startsWith: "test.tamper-" } }, orderBy: { id: "asc" } });
    expect((await verifyAuditChain(db)).broken).toBeNull();

    // Changed: the detail of row 2 is rewritten.
    await withTriggersOff(() => db.auditEvent.update({ where: { id: rows[2]!.id }, data: { detail: "nothing to see" } }));
    expect((await verifyAuditChain(db)).broken).toMatchObject({ id: rows[2]!.id, reason: expect.stringMatching(/changed/) });
    const cli = auditVerify();
    expect(cli.status).toBe(1);
    expect(cli.out).toContain(`BROKEN at event #${rows[2]!.id}`);
    await withTriggersOff(() => db.auditEvent.update({ where: { id: rows[2]!.id }, data: { detail: null } }));
    expect((await verifyAuditChain(db)).broken).toBeNull();

    // Removed: row 4 is deleted, so row 5 links to a hash no row before it has.
    await withTriggersOff(() => db.auditEvent.delete({ where: { id: rows[4]!.id } }));
    expect((await verifyAuditChain(db)).broken).toMatchObject({ id: rows[5]!.id, reason: expect.stringMatching(/removed or inserted/) });
  });
});
