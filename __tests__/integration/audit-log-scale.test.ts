import { GET as exportCsv } from "@/app/(app)/admin/audit/export/route";
import { AUDIT_EXPORT_BATCH, AUDIT_PAGE_SIZE, listAuditActions, listAuditEvents } from "@/lib/data/audit-log";
import { db } from "@/lib/db/client";
import { EXACT_COUNT_LIMIT } from "@/lib/domain/listing/row-count";
import { auditFilterSchema } from "@/lib/schemas/audit-filter";
import { eventSeries, insertAuditEvents } from "../support/audit-fixtures";
import { createTestUser } from "../support/db-fixtures";
import { signInAs } from "../support/sign-in-as";

// Issue 17: the audit log stays bounded at any size — keyset pages that keep their place, counts that
// stop at 10,001 rows, an action list that does not read every row, and an export that streams every
// row of the filter in batches. Runs on SQLite and (with-test-postgres.sh) PostgreSQL.
jest.setTimeout(120_000);

const filter = (raw: Record<string, string> = {}) => auditFilterSchema.parse(raw);
// The data layer checks the viewer's role itself (data-viewer.test.ts); these tests read as an admin.
const ADMIN_VIEWER = { id: "test-admin-viewer", role: "ADMIN" };
const onPostgres = (process.env.DATABASE_URL ?? "").startsWith("postgres");

async function readAll(response: Response): Promise<{ text: string; chunks: number }> {
  const reader = response.body?.getReader();
  if (!reader) throw new Error("no body");
  const decoder = new TextDecoder();
  let text = "";
  let chunks = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text, chunks };
    chunks++;
    text += decoder.decode(value, { stream: true });
  }
}

describe("audit log keyset pages", () => {
  test("older/newer pages walk every event once, ties in time broken by id, and keep their place when events arrive", async () => {
    // 130 events at one instant and 30 a millisecond apart: the cursor must order by (at, id).
    const start = new Date("2026-03-01T10:00:00.000Z");
    await insertAuditEvents([
      ...eventSeries("test.keyset", 130, start, true),
      ...eventSeries("test.keyset", 30, new Date(start.getTime() + 1)),
    ]);
    const seen: number[] = [];
    let page = await listAuditEvents(ADMIN_VIEWER, filter({ action: "test.keyset" }));
    expect(page.newer).toBeNull();
    const pages = [page];
    while (page.older) {
      page = await listAuditEvents(ADMIN_VIEWER, filter({ action: "test.keyset", before: page.older }));
      pages.push(page);
    }
    for (const p of pages) seen.push(...p.rows.map((r) => r.id));
    expect(pages.map((p) => p.rows.length)).toEqual([AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE, 10]);
    expect(new Set(seen).size).toBe(160);
    const all = await db.auditEvent.findMany({
      where: { action: "test.keyset" },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      select: { id: true },
      take: 500,
    });
    expect(seen).toEqual(all.map((r) => r.id));

    // New events arrive: the second page is still the same rows, and "newer" from it leads back to the first.
    const second = pages[1];
    const firstOlder = pages[0]?.older ?? "";
    await insertAuditEvents(eventSeries("test.keyset", 20, new Date("2026-03-02T00:00:00.000Z")));
    const again = await listAuditEvents(ADMIN_VIEWER, filter({ action: "test.keyset", before: firstOlder }));
    expect(again.rows.map((r) => r.id)).toEqual(second?.rows.map((r) => r.id));
    const back = await listAuditEvents(ADMIN_VIEWER, filter({ action: "test.keyset", after: again.newer ?? "" }));
    expect(back.rows.map((r) => r.id)).toEqual(pages[0]?.rows.map((r) => r.id));
    expect(back.newer).not.toBeNull();
    // A garbage cursor is the newest page, not an error.
    expect(
      (await listAuditEvents(ADMIN_VIEWER, filter({ action: "test.keyset", before: "1'; DROP TABLE x" }))).rows[0]?.at.toISOString(),
    ).toBe("2026-03-02T00:00:00.019Z");
  });

  test("counts are exact up to 10,000 and 'more than 10,000' past it (with PostgreSQL's estimate)", async () => {
    await insertAuditEvents(eventSeries("test.count-big", EXACT_COUNT_LIMIT + 5, new Date("2025-01-01T00:00:00.000Z")));
    await insertAuditEvents(eventSeries("test.count-small", 7, new Date("2025-01-01T00:00:00.000Z")));
    if (onPostgres) await db.$executeRawUnsafe(`ANALYZE "AuditEvent"`);
    expect((await listAuditEvents(ADMIN_VIEWER, filter({ action: "test.count-small" }))).count).toEqual({ exact: true, value: 7 });
    const big = (await listAuditEvents(ADMIN_VIEWER, filter({ action: "test.count-big" }))).count;
    expect(big).toMatchObject({ exact: false, moreThan: EXACT_COUNT_LIMIT });
    if (big.exact) throw new Error("unreachable");
    if (onPostgres) expect(big.estimate).toBeGreaterThan(EXACT_COUNT_LIMIT);
    else expect(big.estimate).toBeNull();
  });

  test("the action dropdown lists each distinct action once, sorted, from the index", async () => {
    await insertAuditEvents([
      ...eventSeries("test.zeta", 3, new Date()),
      ...eventSeries("test.alpha", 2, new Date()),
      ...eventSeries("test.mid", 1, new Date()),
    ]);
    const actions = await listAuditActions(ADMIN_VIEWER);
    const distinct = (await db.auditEvent.groupBy({ by: ["action"], orderBy: { action: "asc" } })).map((g) => g.action);
    expect(actions).toEqual(distinct);
    expect(actions).toEqual(expect.arrayContaining(["test.alpha", "test.mid", "test.zeta"]));
  });
});

describe("streaming audit CSV export", () => {
  const total = AUDIT_EXPORT_BATCH * 2 + 345;

  test("streams every row of the filter in batches, newest or oldest first, nothing capped or repeated", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    await insertAuditEvents(eventSeries("test.stream", total, new Date("2026-02-01T00:00:00.000Z")));
    await insertAuditEvents(eventSeries("test.other", 10, new Date("2026-02-01T00:00:00.000Z")));
    await signInAs(admin);

    for (const order of ["newest", "oldest"] as const) {
      const response = await exportCsv(new Request(`http://localhost/admin/audit/export?action=test.stream&order=${order}`));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toContain(`${order}-first.csv`);
      const { text, chunks } = await readAll(response);
      // Header, then one chunk per batch: the body was produced a batch at a time.
      expect(chunks).toBeGreaterThanOrEqual(Math.ceil(total / AUDIT_EXPORT_BATCH) + 1);
      const lines = text.trim().split("\r\n");
      expect(lines).toHaveLength(total + 1);
      const numbers = lines.slice(1).map((l) => Number(l.split(",")[6]));
      const expected = Array.from({ length: total }, (_, i) => i);
      expect(numbers).toEqual(order === "oldest" ? expected : expected.reverse());
    }
    const finished = await db.auditEvent.findMany({
      where: { action: "audit.export", userId: admin.id },
      orderBy: { id: "asc" },
      select: { detail: true },
      take: 10,
    });
    expect(finished.map((e) => e.detail?.split(" ").slice(0, 2).join(" "))).toEqual([
      "started user=*",
      `finished rows=${total}`,
      "started user=*",
      `finished rows=${total}`,
    ]);
  });

  test("events at one instant across batch boundaries, a user's and a day's filter, and each user's email: every row once", async () => {
    // The export's keyset must break ties in time by id: 2,345 events written in one millisecond.
    const admin = await createTestUser({ role: "ADMIN" });
    const clinician = await createTestUser({ email: "export-tie@example.test" });
    const instant = new Date("2026-02-03T12:00:00.000Z");
    const tied = eventSeries("test.tie", total, instant, true).map((e, i) => ({ ...e, userId: i % 2 === 0 ? clinician.id : admin.id }));
    await insertAuditEvents([...tied, ...eventSeries("test.tie", 5, new Date("2026-02-04T00:00:00.000Z"))]);
    await signInAs(admin);

    for (const order of ["newest", "oldest"] as const) {
      const byUser = await readAll(
        await exportCsv(
          new Request(`http://localhost/admin/audit/export?action=test.tie&userId=${clinician.id}&to=2026-02-03&order=${order}`),
        ),
      );
      const rows = byUser.text.trim().split("\r\n").slice(1);
      const numbers = rows.map((l) => Number(l.split(",")[6]));
      const evens = Array.from({ length: Math.ceil(total / 2) }, (_, i) => i * 2);
      // Same instant: the order is by id, which follows the writing order.
      expect(numbers).toEqual(order === "oldest" ? evens : [...evens].reverse());
      expect(new Set(rows.map((l) => l.split(",")[3]))).toEqual(new Set(["export-tie@example.test"]));
      expect(new Set(rows.map((l) => l.split(",")[1]))).toEqual(new Set([instant.toISOString()]));
    }
    // The day after is outside "to", the other user outside "userId": all the tied events of both users.
    const everything = await readAll(
      await exportCsv(new Request("http://localhost/admin/audit/export?action=test.tie&from=2026-02-03&to=2026-02-03")),
    );
    expect(everything.text.trim().split("\r\n")).toHaveLength(total + 1);
  });

  test("a cancelled download stops reading and is audited as aborted with the rows sent", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    await insertAuditEvents(eventSeries("test.abort", AUDIT_EXPORT_BATCH * 3, new Date("2026-02-02T00:00:00.000Z")));
    await signInAs(admin);
    const response = await exportCsv(new Request("http://localhost/admin/audit/export?action=test.abort"));
    const reader = response.body?.getReader();
    await reader?.read(); // header
    await reader?.read(); // first batch
    await reader?.cancel();
    const events = await db.auditEvent.findMany({
      where: { action: "audit.export", userId: admin.id },
      orderBy: { id: "asc" },
      select: { detail: true },
      take: 10,
    });
    const last = events.at(-1)?.detail ?? "";
    expect(last).toMatch(/^aborted rows=(\d+) /);
    expect(Number(/rows=(\d+)/.exec(last)?.[1])).toBeLessThan(AUDIT_EXPORT_BATCH * 3);
  });
});
