import * as auditLog from "@/lib/data/audit-log";
import { DataAccessDenied } from "@/lib/data/data-viewer";
import * as users from "@/lib/data/users";
import { db } from "@/lib/db/client";
import { auditFilterSchema } from "@/lib/schemas/audit-filter";
import { createTestUser } from "../support/db-fixtures";

// Issue 15 item 2: the data functions that return people (accounts) or the audit trail check the
// viewer's role themselves, so a page or action that forgets requireAdmin() still leaks nothing. Each
// is called here as a clinician and must refuse, write nothing, and leave an access.denied event.
jest.setTimeout(30_000);

type Viewer = { id: string; role: string };
const filter = auditFilterSchema.parse({});

/** One call of every exported function, as `viewer`, aimed at `target` (another person's account). */
function callsOf(viewer: Viewer, target: string): Record<string, () => Promise<unknown>> {
  return {
    listUsers: () => users.listUsers(viewer),
    getUser: () => users.getUser(viewer, target),
    listUserNames: () => users.listUserNames(viewer),
    emailTaken: () => users.emailTaken(viewer, "someone@clinic.test"),
    createUser: () =>
      users.createUser(viewer, {
        email: "made-by-clinician@clinic.test",
        name: "X",
        credentials: "",
        role: "ADMIN",
        clinicName: "",
        phone: "",
        password: "a long enough passphrase 9",
      }),
    getPasswordHash: () => users.getPasswordHash(viewer, target),
    setPassword: () => users.setPassword(viewer, target, "a long enough passphrase 9", false),
    setActive: () => users.setActive(viewer, target, false),
    listAuditEvents: () => auditLog.listAuditEvents(viewer, filter),
    listAuditActions: () => auditLog.listAuditActions(viewer),
    auditEventBatches: () => auditLog.auditEventBatches(viewer, filter, true, new Date()).next(),
  };
}

const exportedFunctions = (module: object) =>
  Object.entries(module)
    .filter(([, value]) => typeof value === "function")
    .map(([name]) => name)
    .sort();

describe("data functions refuse a clinician viewer themselves", () => {
  test("every exported function of users.ts and audit-log.ts is covered here", () => {
    // A new function that returns people or audit rows must join the table above (and check the viewer).
    expect([...exportedFunctions(users), ...exportedFunctions(auditLog)].sort()).toEqual(
      Object.keys(callsOf({ id: "", role: "" }, "")).sort(),
    );
  });

  test.each(Object.keys(callsOf({ id: "", role: "" }, "")))(
    "%s refuses a clinician, writes nothing and is audited as denied",
    async (name) => {
      const clinician = await createTestUser({ role: "CLINICIAN" });
      const other = await createTestUser({ role: "ADMIN" });
      const before = await db.user.findUniqueOrThrow({ where: { id: other.id }, omit: { passwordHash: false } });
      const call = callsOf(clinician, other.id)[name];
      if (!call) throw new Error(`no call for ${name}`);

      await expect(call()).rejects.toBeInstanceOf(DataAccessDenied);

      const after = await db.user.findUniqueOrThrow({ where: { id: other.id }, omit: { passwordHash: false } });
      expect(after).toEqual(before);
      expect(await db.user.count({ where: { email: "made-by-clinician@clinic.test" } })).toBe(0);
      expect(
        await db.auditEvent.count({
          where: { userId: clinician.id, action: "access.denied", outcome: "denied", detail: { startsWith: "data." } },
        }),
      ).toBe(1);
    },
  );

  test("an admin passes the same checks, and a clinician may read and change only their own password", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const clinician = await createTestUser({ role: "CLINICIAN" });
    expect((await users.getUser(admin, clinician.id))?.email).toBe(clinician.email);
    expect((await users.listUserNames(admin)).map((u) => u.id)).toContain(clinician.id);
    expect(Array.isArray((await auditLog.listAuditEvents(admin, filter)).rows)).toBe(true);
    expect(await users.getPasswordHash(clinician, clinician.id)).toMatch(/^\$argon2id\$/);
    await users.setPassword(clinician, clinician.id, "my own new passphrase 4", false);
    // Even an admin never reads another person's hash: re-authentication reads only one's own.
    await expect(users.getPasswordHash(admin, clinician.id)).rejects.toBeInstanceOf(DataAccessDenied);
  });
});
