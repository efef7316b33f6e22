import "server-only";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { asAccountRole, type AccountRole } from "@/lib/schemas/users";
import { assertAdminViewer, assertSelfOrAdminViewer, assertSelfViewer, type DataViewer } from "./data-viewer";

/**
 * Account data for the admin pages and the account actions. Each function takes the viewer and checks
 * the role itself (data-viewer.ts), on top of the caller's requireAdmin / requireUser: people's
 * accounts are for admins, a password hash only for its owner. They never return password hashes,
 * except getPasswordHash, to its owner, for verification.
 */
export interface UserSummary {
  id: string;
  email: string;
  name: string;
  credentials: string;
  role: AccountRole;
  clinicName: string;
  phone: string;
  active: boolean;
  mustChangePassword: boolean;
  createdAt: Date;
  passwordChangedAt: Date;
  openSessions: number;
}

const summarySelect = {
  id: true,
  email: true,
  name: true,
  credentials: true,
  role: true,
  clinicName: true,
  phone: true,
  active: true,
  mustChangePassword: true,
  createdAt: true,
  passwordChangedAt: true,
} as const;

type UserRow = Omit<UserSummary, "role" | "openSessions"> & { role: string };

async function withSessionCounts(rows: UserRow[]): Promise<UserSummary[]> {
  const counts = await db.authSession.groupBy({
    by: ["userId"],
    where: { userId: { in: rows.map((r) => r.id) }, revokedAt: null },
    _count: { _all: true },
  });
  const byUser = new Map(counts.map((c) => [c.userId, c._count._all]));
  return rows.map((r) => ({
    ...r,
    role: asAccountRole(r.role),
    openSessions: byUser.get(r.id) ?? 0,
  }));
}

export async function listUsers(viewer: DataViewer): Promise<UserSummary[]> {
  await assertAdminViewer(viewer);
  // memory-guard: bounded — the clinic's staff accounts (the admin users page lists them all).
  const rows = await db.user.findMany({ select: summarySelect, orderBy: [{ active: "desc" }, { name: "asc" }] });
  return withSessionCounts(rows);
}

export async function getUser(viewer: DataViewer, id: string): Promise<UserSummary | null> {
  await assertAdminViewer(viewer);
  const row = await db.user.findUnique({ where: { id }, select: summarySelect });
  if (!row) return null;
  const [summary] = await withSessionCounts([row]);
  return summary ?? null;
}

/** Id and display name only, for the audit filter. */
export async function listUserNames(viewer: DataViewer): Promise<{ id: string; name: string; email: string }[]> {
  await assertAdminViewer(viewer);
  // memory-guard: bounded — the clinic's staff accounts, three short columns each.
  return db.user.findMany({ select: { id: true, name: true, email: true }, orderBy: { name: "asc" } });
}

export async function emailTaken(viewer: DataViewer, email: string): Promise<boolean> {
  // Whether an address has an account is itself a fact about a person.
  await assertAdminViewer(viewer);
  return (await db.user.count({ where: { email: email.toLowerCase() } })) > 0;
}

export async function createUser(
  viewer: DataViewer,
  input: Pick<UserSummary, "email" | "name" | "credentials" | "role" | "clinicName" | "phone"> & { password: string },
): Promise<{ id: string }> {
  await assertAdminViewer(viewer);
  const { password, ...fields } = input;
  // An admin chose this password, so the person must replace it at first sign-in.
  return db.user.create({
    data: { ...fields, email: fields.email.toLowerCase(), passwordHash: await hashPassword(password), mustChangePassword: true },
    select: { id: true },
  });
}

export async function getPasswordHash(viewer: DataViewer, userId: string): Promise<string | null> {
  await assertSelfViewer(viewer, userId);
  const row = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return row?.passwordHash ?? null;
}

export async function setPassword(viewer: DataViewer, userId: string, password: string, mustChangePassword: boolean): Promise<void> {
  await assertSelfOrAdminViewer(viewer, userId);
  await db.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(password), mustChangePassword, passwordChangedAt: new Date() },
  });
}

export async function setActive(viewer: DataViewer, userId: string, active: boolean): Promise<void> {
  await assertAdminViewer(viewer);
  await db.user.update({ where: { id: userId }, data: { active } });
}
