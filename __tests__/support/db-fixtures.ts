/** Helpers for integration tests: real database rows, created through the same code the app uses. */
import { db } from "@/lib/db/client";
import { ensureUser } from "@/lib/data/users-store";
import { seedEvidenceOnly } from "@/prisma/seed";

export const TEST_PASSWORD = "correct horse battery staple";

export async function createTestUser(overrides: { email?: string; role?: "CLINICIAN" | "ADMIN"; name?: string; active?: boolean } = {}) {
  const email = overrides.email ?? `user-${Math.random().toString(36).slice(2, 10)}@clinic.test`;
  await ensureUser(db, {
    email,
    name: overrides.name ?? "Test Clinician",
    credentials: "PT",
    role: overrides.role ?? "CLINICIAN",
    password: TEST_PASSWORD,
  });
  const user = await db.user.update({ where: { email }, data: { active: overrides.active ?? true } });
  return user;
}

export async function seedEvidenceForTest() {
  await seedEvidenceOnly(db);
}
