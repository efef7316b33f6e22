import type { Db } from "@/lib/db/create-client";
import { hashPassword } from "@/lib/auth/password";
import type { AccountRole } from "@/lib/schemas/users";

export interface NewUser {
  email: string;
  name: string;
  credentials?: string;
  role: AccountRole;
  password: string;
  clinicName?: string;
  phone?: string;
  mustChangePassword?: boolean;
}

/** Creates a user, or leaves an existing one with that email untouched. Returns whether it was created. */
export async function ensureUser(db: Db, input: NewUser): Promise<boolean> {
  const email = input.email.trim().toLowerCase();
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) return false;
  await db.user.create({
    data: {
      email,
      name: input.name,
      credentials: input.credentials ?? "",
      role: input.role,
      passwordHash: await hashPassword(input.password),
      clinicName: input.clinicName ?? "",
      phone: input.phone ?? "",
      mustChangePassword: input.mustChangePassword ?? false,
    },
  });
  return true;
}
