import { verifyAuditChain } from "@/lib/db/audit-verify";
import * as auditModule from "@/lib/data/audit";
import { recordAudit } from "@/lib/data/audit";
import { AUDIT_PAGE_SIZE, listAuditEvents } from "@/lib/data/audit-log";
import { db } from "@/lib/db/client";
import { GET as exportCsv } from "@/app/(app)/admin/audit/export/route";
import { auditFilterSchema } from "@/lib/schemas/audit-filter";
import { createTestUser } from "../support/db-fixtures";
import { signInAs, signOutForTest } from "../support/sign-in-as";

// Property 22: append-only (refused by the database), UTC time, who, action, resource, outcome, IP;
// the admin page's filters and pagination; the CSV export is admin-only and itself audited.
jest.setTimeout(30_000);

const filter = (raw: Record<string, string> = {}) => auditFilterSchema.parse(raw);
// The data layer checks the viewer's role itself (data-viewer.test.ts); these tests read as an admin.
const ADMIN_VIEWER = { id: "test-admin-viewer", role: "ADMIN" };

describe("audit trail (property 22)", () => {
  test("the database refuses UPDATE and DELETE on AuditEvent, even as raw SQL", async () => {
    await recordAudit({ userId: null, action: "test.append-only", outcome: "success", detail: "original" });
    const row = await db.auditEvent.findFirstOrThrow({ where: { action: "test.append-only" } });
    await expect(db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "detail" = 'tampered' WHERE "id" = ${row.id}`)).rejects.toThrow(
      /append-only/,
    );
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "id" = ${row.id}`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.update({ where: { id: row.id }, data: { outcome: "failure" } })).rejects.toThrow();
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow();
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ detail: "original", outcome: "success" });
  });

  test("the app's audit module only appends: it exports no update or delete", () => {
    expect(Object.keys(auditModule).filter((k) => typeof (auditModule as Record<string, unknown>)[k] === "function")).toEqual([
      "recordAudit",
    ]);
  });

  test("a sign-in event records UTC time, user, action, resource, outcome and IP", async () => {
    const user = await createTestUser();
    const before = Date.now();
    const session = await signInAs(user);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "auth.sign-in", userId: user.id } });
    expect(event).toMatchObject({ outcome: "success", ip: "127.0.0.1", resourceType: "session", resourceId: session.sessionId });
    expect(event.at.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(event.at.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
  });

  test("filters by user, action and UTC day range, newest first, paginated on the server", async () => {
    const a = await createTestUser();
    const b = await createTestUser();
    for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++)
      await recordAudit({ userId: a.id, action: "test.page", outcome: "success", resourceId: String(i) });
    await recordAudit({ userId: b.id, action: "test.page", outcome: "denied" });
    const page1 = await listAuditEvents(ADMIN_VIEWER, filter({ userId: a.id, action: "test.page" }));
    expect(page1.count).toEqual({ exact: true, value: AUDIT_PAGE_SIZE + 5 });
    expect(page1.newer).toBeNull();
    expect(page1.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(page1.rows[0]).toMatchObject({ resourceId: String(AUDIT_PAGE_SIZE + 4), userEmail: a.email });
    const page2 = await listAuditEvents(ADMIN_VIEWER, filter({ userId: a.id, action: "test.page", before: page1.older ?? "" }));
    expect(page2.older).toBeNull();
    expect(page2.rows.map((r) => r.resourceId)).toEqual(["4", "3", "2", "1", "0"]);
    const onlyB = await listAuditEvents(ADMIN_VIEWER, filter({ userId: b.id }));
    expect(onlyB.rows.map((r) => r.outcome)).toEqual(["denied"]);
    expect(onlyB.count).toEqual({ exact: true, value: 1 });
    const today = new Date().toISOString().slice(0, 10);
    expect((await listAuditEvents(ADMIN_VIEWER, filter({ action: "test.page", from: today, to: today }))).count).toEqual({
      exact: true,
      value: AUDIT_PAGE_SIZE + 6,
    });
    expect((await listAuditEvents(ADMIN_VIEWER, filter({ action: "test.page", to: "2000-01-01" }))).count).toEqual({
      exact: true,
      value: 0,
    });
    expect((await listAuditEvents(ADMIN_VIEWER, filter({ action: "test.page", from: "2999-01-01" }))).count).toEqual({
      exact: true,
      value: 0,
    });
    // Garbage in the URL is ignored, not an error.
    expect(filter({ order: "sideways", from: "yesterday", to: "2026-13-01", userId: "x".repeat(500) })).toEqual({
      order: "newest",
      from: undefined,
      userId: undefined,
      action: undefined,
      to: undefined,
      before: undefined,
      after: undefined,
    });
  });

  test("CSV export: admins get the filtered rows and the export is audited; others get a plain 404", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    await recordAudit({ userId: null, action: "test.export", outcome: "failure", detail: "=cmd|' /C calc'!A0" });
    await signInAs(admin);
    const response = await exportCsv(new Request("http://localhost/admin/audit/export?action=test.export"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const lines = (await response.text()).trim().split("\r\n");
    expect(lines[0]).toBe("id,at_utc,user_id,user_email,action,resource_type,resource_id,outcome,ip,detail");
    expect(lines).toHaveLength(2);
    expect(
      await db.auditEvent.count({ where: { action: "audit.export", userId: admin.id, detail: { startsWith: "finished rows=1 " } } }),
    ).toBe(1);
    expect(lines[1]).toMatch(/^\d+,\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z,,,test\.export,,,failure,,'=cmd/);
    expect(
      await db.auditEvent.count({
        where: { action: "audit.export", userId: admin.id, outcome: "success", detail: { startsWith: "started " } },
      }),
    ).toBe(1);

    const clinician = await createTestUser();
    await signInAs(clinician);
    const denied = await exportCsv(new Request("http://localhost/admin/audit/export"));
    expect(denied.status).toBe(404);
    expect(await denied.text()).not.toContain("test.export");
    expect(await db.auditEvent.count({ where: { action: "access.denied", userId: clinician.id } })).toBe(1);

    signOutForTest();
    expect((await exportCsv(new Request("http://localhost/admin/audit/export"))).status).toBe(404);
  });

  test("CSV export with a date that is not a real day: a plain 400 that names it, no rows, not the whole log (failure 4)", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    await signInAs(admin);
    for (const query of ["from=0000-00-00", "from=2026-13-01", "to=9999-12-31", "from=2026-02-30&to=yesterday"]) {
      const response = await exportCsv(new Request(`http://localhost/admin/audit/export?${query}`));
      const body = await response.text();
      expect({ query, status: response.status, type: response.headers.get("content-type") }).toEqual({
        query,
        status: 400,
        type: "text/plain; charset=utf-8",
      });
      expect(body).toMatch(/is not a real day: use YYYY-MM-DD/);
      expect(body).not.toMatch(/prisma|invalid date|id,at_utc/i);
    }
    expect(await db.auditEvent.count({ where: { action: "audit.export", userId: admin.id } })).toBe(0);
    // Control: a real day exports.
    expect((await exportCsv(new Request("http://localhost/admin/audit/export?from=2026-02-28&to=9999-12-30"))).status).toBe(200);
  });

  test("events recorded together are all written, in call order, each caller answered once its row is in", async () => {
    const actions = Array.from({ length: 60 }, (_, i) => `test.group-${String(i).padStart(2, "0")}`);
    const written: string[] = [];
    await Promise.all(
      actions.map((action) =>
        recordAudit({ userId: null, action, outcome: "success", detail: `n=${action.slice(-2)}` }).then(async () => {
          // Resolved only when committed: the row is readable at once.
          expect(await db.auditEvent.count({ where: { action } })).toBe(1);
          written.push(action);
        }),
      ),
    );
    expect(written).toHaveLength(60);
    const rows = await db.auditEvent.findMany({ where: { action: { startsWith: "test.group-" } }, orderBy: { id: "asc" } });
    expect(rows.map((r) => r.action)).toEqual(actions);
    expect(rows.every((r) => r.detail === `n=${r.action.slice(-2)}` && r.at instanceof Date)).toBe(true);
    // Times are the callers' own, in order, and sort together with events written later.
    const times = rows.map((r) => r.at.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    await recordAudit({ userId: null, action: "test.group-after", outcome: "success" });
    const newest = await db.auditEvent.findFirstOrThrow({ orderBy: { at: "desc" }, where: { action: { startsWith: "test.group" } } });
    expect(newest.action).toBe("test.group-after");
    // One batch or many, the rows form one hash chain (audit-chain.test.ts checks tampering).
    expect((await verifyAuditChain(db)).broken).toBeNull();
  });
});
