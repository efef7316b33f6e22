import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createUserAction } from "@/lib/actions/create-user";
import { changePasswordAction } from "@/lib/actions/change-password";
import { db } from "@/lib/db/client";
import { createTestUser, TEST_PASSWORD } from "../support/db-fixtures";
import { signInAs } from "../support/sign-in-as";

// Property 6: no plaintext password anywhere in the database files; stored hashes are argon2id.
jest.setTimeout(30_000);

const PLANTED = "Zebra-Plaintext-Sentinel-7731";
const CHANGED = "Okapi-Plaintext-Sentinel-4419";

function databaseBytes(): string {
  const url = process.env.DATABASE_URL ?? "";
  if (!url.startsWith("file:")) return "";
  const file = url.slice("file:".length);
  // The main file plus WAL/SHM: recent writes may live only in the WAL.
  return readdirSync(path.dirname(file))
    .filter((f) => f.startsWith(path.basename(file)))
    .map((f) => readFileSync(path.join(path.dirname(file), f)).toString("latin1"))
    .join("");
}

describe("password storage (property 6)", () => {
  test("passwords set by an admin and by the user are stored only as argon2id hashes", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    await signInAs(admin);
    const created = await createUserAction({
      name: "Pat Store",
      credentials: "",
      email: "pat.store@clinic.test",
      role: "CLINICIAN",
      clinicName: "",
      phone: "",
      password: PLANTED,
    });
    if (!created.ok) throw new Error(created.error);
    const user = await createTestUser();
    await signInAs(user);
    expect((await changePasswordAction({ currentPassword: TEST_PASSWORD, newPassword: CHANGED, confirmPassword: CHANGED })).ok).toBe(true);

    const hashes = await db.user.findMany({ select: { passwordHash: true } });
    expect(hashes.length).toBeGreaterThanOrEqual(3);
    for (const { passwordHash } of hashes) expect(passwordHash).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);

    // A dump of every table's text columns, the way a stolen backup would be read.
    const tables = ["User", "AuditEvent", "AuthSession", "LoginThrottle"];
    const dump = JSON.stringify(await Promise.all(tables.map((t) => db.$queryRawUnsafe(`SELECT * FROM "${t}"`))), (_k, v: unknown) =>
      typeof v === "bigint" ? v.toString() : v,
    );
    for (const plain of [PLANTED, CHANGED, TEST_PASSWORD]) {
      expect(dump).not.toContain(plain);
      expect(databaseBytes()).not.toContain(plain);
    }
  });
});
