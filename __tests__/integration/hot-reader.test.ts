import { getCurrentEvidence } from "@/lib/data/evidence";
import { appendEvidenceVersion, loadCurrentEvidence } from "@/lib/data/evidence-store";
import { db, hotReader } from "@/lib/db/client";
import { createTestUser, seedEvidenceForTest } from "../support/db-fixtures";

// The per-request reads (lib/db/hot-reader.ts) must answer exactly as Prisma's raw queries do, on
// SQLite (its own read-only connection) as on PostgreSQL (Prisma itself), and must see every committed
// write at once: another instance's sign-out or evidence edit is enforced on the next request.
describe("hot reader", () => {
  beforeAll(seedEvidenceForTest);

  async function userAndSessions() {
    const user = await createTestUser({ active: false });
    await db.user.update({ where: { id: user.id }, data: { mustChangePassword: true, tokenVersion: 3 } });
    const open = await db.authSession.create({ data: { userId: user.id, tokenVersion: 3 } });
    const revoked = await db.authSession.create({
      data: { userId: user.id, tokenVersion: 2, revokedAt: new Date("2026-01-02T03:04:05.678Z") },
    });
    return { user, open, revoked };
  }

  test("rows are typed as Prisma types them: Date, boolean, number, null", async () => {
    const { user, revoked } = await userAndSessions();
    const read = (id: string) => hotReader.rows<Record<string, unknown>>`
      SELECT s."id", s."createdAt", s."revokedAt", s."tokenVersion", u."active", u."mustChangePassword", u."email"
      FROM "AuthSession" s JOIN "User" u ON u."id" = s."userId" WHERE s."userId" = ${id} ORDER BY s."tokenVersion"`;
    const viaPrisma = await db.$queryRaw<Record<string, unknown>[]>`
      SELECT s."id", s."createdAt", s."revokedAt", s."tokenVersion", u."active", u."mustChangePassword", u."email"
      FROM "AuthSession" s JOIN "User" u ON u."id" = s."userId" WHERE s."userId" = ${user.id} ORDER BY s."tokenVersion"`;
    const rows = await read(user.id);
    expect(rows).toEqual(viaPrisma);
    expect(rows).toHaveLength(2);
    const [first, second] = rows;
    expect(first).toMatchObject({
      id: revoked.id,
      revokedAt: new Date("2026-01-02T03:04:05.678Z"),
      tokenVersion: 2,
      active: false,
      mustChangePassword: true,
    });
    expect(first?.createdAt).toBeInstanceOf(Date);
    expect(second).toMatchObject({ revokedAt: null, tokenVersion: 3 });
    // The same statement again (kept prepared) with another parameter.
    expect(await read("no-such-user")).toEqual([]);
  });

  test("a Date parameter compares as Prisma stores dates", async () => {
    const { user, open } = await userAndSessions();
    const after = new Date(open.createdAt.getTime() + 1);
    const before = new Date(open.createdAt.getTime() - 1);
    const matching = (at: Date) => hotReader.rows<{ id: string }>`
      SELECT "id" FROM "AuthSession" WHERE "userId" = ${user.id} AND "revokedAt" IS NULL AND "createdAt" < ${at}`;
    expect((await matching(after)).map((r) => r.id)).toEqual([open.id]);
    expect(await matching(before)).toEqual([]);
  });

  test("a write committed through Prisma is seen by the next read (revocation, a new evidence version)", async () => {
    const { open } = await userAndSessions();
    const revokedAt = () => hotReader.rows<{ revokedAt: Date | null }>`SELECT "revokedAt" FROM "AuthSession" WHERE "id" = ${open.id}`;
    expect((await revokedAt())[0]?.revokedAt).toBeNull();
    await db.authSession.update({ where: { id: open.id }, data: { revokedAt: new Date() } });
    expect((await revokedAt())[0]?.revokedAt).toBeInstanceOf(Date);

    const current = await getCurrentEvidence();
    if (!current) throw new Error("no evidence");
    await appendEvidenceVersion(db, {
      content: current.content,
      reason: "test: same content, new version",
      source: "admin",
      createdById: null,
      changes: [],
    });
    const next = await getCurrentEvidence();
    expect(next?.versionNumber).toBe(current.versionNumber + 1);
    expect(next?.versionId).toBe((await loadCurrentEvidence(db))?.versionId);
  });
});
