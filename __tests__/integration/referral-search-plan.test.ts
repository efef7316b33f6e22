import { sqltag as sql } from "@prisma/client/runtime/client";
import { referralSearchSql, searchPlanFor, type SearchPlan } from "@/lib/data/referral-search-sql";
import { db } from "@/lib/db/client";
import { listReferrals } from "@/lib/data/referral-list";
import { createTestUser, seedEvidenceForTest } from "../support/db-fixtures";
import { createReferralFixture } from "../support/referral-fixtures";

// Issue 17: on SQLite a common search text walks the list's index and probes the FTS table per row, a
// rare one reads the FTS matches (referral-search-sql.ts). Both ways must find exactly the same rows.
jest.setTimeout(60_000);
const onPostgres = (process.env.DATABASE_URL ?? "").startsWith("postgres");

async function idsFor(query: string, plan: SearchPlan): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT r."id" FROM "Referral" r WHERE TRUE ${referralSearchSql(query, plan)} ORDER BY r."createdAt" DESC, r."id" DESC LIMIT 100`;
  return rows.map((r) => r.id);
}

beforeAll(async () => {
  await seedEvidenceForTest();
  const clinician = await createTestUser();
  const names = ["Zoë Ñúñez", "Zoe Nunez", "François Müller", 'Ana "Quote" Lopez', "Nina Neck", "Olga Older"];
  for (const [i, name] of names.entries()) {
    await createReferralFixture(db, clinician.id, {
      slug: i % 2 ? "chronic-neck-pain" : "knee-osteoarthritis",
      intake: { patientName: name },
    });
  }
});

describe("search plans (on PostgreSQL the planner chooses, so both are one SQL there)", () => {
  test.each(["zoe nunez", "ÑÚÑ", "neck", "knee osteo", "müller", 'Ana "Quote', "nope-nothing", "a OR b", "nu*"])(
    "'%s': walking the index finds what the FTS matches find",
    async (query) => {
      expect(await idsFor(query, "walk")).toEqual(await idsFor(query, "in"));
    },
  );

  test("the comparison is not vacuous: both ways find the accented and plain names", async () => {
    expect(await idsFor("zoe nunez", "walk")).toHaveLength(2);
    expect(await idsFor("neck", "walk")).toHaveLength(4);
  });

  test("a text matching a large share of the rows walks the index; one matching few of them reads its matches", async () => {
    expect(await searchPlanFor("zoe nunez")).toBe("in");
    expect(await searchPlanFor("")).toBe("in");
    if (onPostgres) {
      expect(await searchPlanFor("neck")).toBe("in");
      return;
    }
    // FTS rows without a referral: only the plan choice reads them (these two tests run last in this file).
    // 2,001 matches among the 6 referrals indexed: nearly every row matches, so walking is cheaper.
    await db.$executeRaw(sql`INSERT INTO "ReferralSearch" ("rowid", "patientName", "conditionName")
      WITH RECURSIVE seq(i) AS (SELECT 1000000 UNION ALL SELECT i + 1 FROM seq WHERE i < 1002000) SELECT i, 'Common Walker', 'x' FROM seq`);
    expect(await searchPlanFor("common walker")).toBe("walk");
  });

  test("a clinician's search that walks the index is not counted across the table: the page says what it has seen", async () => {
    if (onPostgres) return;
    // Still 2,001 FTS matches among ~1M indexed rows until the next test adds its key: here, the walk.
    const clinician = await createTestUser();
    for (let i = 0; i < 23; i++) await createReferralFixture(db, clinician.id, { intake: { patientName: `Common Walker ${i}` } });
    const viewer = { id: clinician.id, role: "CLINICIAN" as const };
    expect(await searchPlanFor("common walker")).toBe("walk");
    const newest = await listReferrals(viewer, { query: "common walker" }, null, 20);
    expect(newest.items).toHaveLength(20);
    expect(newest.count).toEqual({ exact: false, moreThan: 20, estimate: null });
    const few = await listReferrals(viewer, { query: "common walker 2" }, null, 20);
    // "common walker 2" is rare (2, 20, 21, 22): read from its matches and counted exactly.
    expect(few.count).toEqual({ exact: true, value: 4 });
  });

  test("the same 2,001 matches among a million indexed referrals are a small share: read from the matches (the 3.4 s regression)", async () => {
    if (onPostgres) return;
    // The key table's largest rowid stands for the number of referrals indexed.
    await db.$executeRaw(sql`INSERT INTO "ReferralSearchKey" ("rowid", "referralId") VALUES (2000000, 'no-such-referral')`);
    expect(await searchPlanFor("common walker")).toBe("in");
  });
});
