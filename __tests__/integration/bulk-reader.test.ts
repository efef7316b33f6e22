import { execFileSync } from "node:child_process";
import path from "node:path";
import { empty, sqltag as sql } from "@prisma/client/runtime/client";
import { bulkReader, db } from "@/lib/db/client";
import { createTestUser } from "../support/db-fixtures";

// The exports' batch reads (lib/db/bulk-reader.ts) bypass Prisma's engine, so they must answer exactly
// as Prisma's raw queries do on both databases — a Date stays the same instant whatever the server's
// time zone, since node-postgres would otherwise read Prisma's timestamp columns as local time — and
// must see every committed write at once.
describe("bulk reader", () => {
  async function sessions() {
    const user = await createTestUser({ active: false });
    await db.authSession.create({ data: { userId: user.id, tokenVersion: 1, createdAt: new Date("2026-01-02T03:04:05.678Z") } });
    await db.authSession.create({
      data: {
        userId: user.id,
        tokenVersion: 2,
        createdAt: new Date("2026-07-08T23:59:59.999Z"),
        revokedAt: new Date("2026-07-09T00:00:00.001Z"),
      },
    });
    return user;
  }

  const query = (userId: string, after: Date | null = null) => sql`
    SELECT s."createdAt", s."revokedAt", s."tokenVersion", u."active", u."email"
    FROM "AuthSession" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."userId" = ${userId} ${after ? sql`AND s."createdAt" > ${after}` : empty} ORDER BY s."tokenVersion"`;

  test("rows are typed as Prisma's raw queries type them: Date, boolean, number, null", async () => {
    const user = await sessions();
    const rows = await bulkReader.rows<Record<string, unknown>>(query(user.id));
    expect(rows).toEqual(await db.$queryRaw<Record<string, unknown>[]>(query(user.id)));
    expect(rows).toEqual([
      { createdAt: new Date("2026-01-02T03:04:05.678Z"), revokedAt: null, tokenVersion: 1, active: false, email: user.email },
      {
        createdAt: new Date("2026-07-08T23:59:59.999Z"),
        revokedAt: new Date("2026-07-09T00:00:00.001Z"),
        tokenVersion: 2,
        active: false,
        email: user.email,
      },
    ]);
  });

  test("a Date parameter compares to the millisecond, and a write committed through Prisma is seen at once", async () => {
    const user = await sessions();
    const tokenVersions = async (after: Date) =>
      (await bulkReader.rows<{ tokenVersion: number }>(query(user.id, after))).map((r) => r.tokenVersion);
    expect(await tokenVersions(new Date("2026-01-02T03:04:05.677Z"))).toEqual([1, 2]);
    expect(await tokenVersions(new Date("2026-01-02T03:04:05.678Z"))).toEqual([2]);
    expect(await tokenVersions(new Date("2026-07-08T23:59:59.999Z"))).toEqual([]);
    await db.authSession.create({ data: { userId: user.id, tokenVersion: 3, createdAt: new Date("2026-12-31T23:00:00.000Z") } });
    expect(await tokenVersions(new Date("2026-07-08T23:59:59.999Z"))).toEqual([3]);
  });

  test("dates read and compare as UTC whatever the server's time zone", async () => {
    // jest's sandbox copies process.env, so the zone is set on a child process of its own.
    const user = await sessions();
    for (const tz of ["America/Los_Angeles", "Asia/Kolkata", "Pacific/Kiritimati"]) {
      const stdout = execFileSync(
        "npx",
        ["tsx", "__tests__/support/bulk-reader-in-time-zone.ts", process.env.DATABASE_URL ?? "", user.id, "2026-01-02T03:04:05.678Z"],
        { cwd: path.join(__dirname, "..", ".."), env: { ...process.env, TZ: tz }, encoding: "utf8" },
      );
      const answer = JSON.parse(stdout) as { zoneOffsetMinutes: number; createdAt: string[] };
      expect(answer.zoneOffsetMinutes).not.toBe(0);
      expect(answer.createdAt).toEqual(["2026-07-08T23:59:59.999Z"]);
    }
  }, 120_000);
});
