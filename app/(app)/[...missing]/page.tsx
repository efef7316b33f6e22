import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { NOT_FOUND_TITLE } from "@/lib/auth/admin-metadata";

export const metadata = { title: NOT_FOUND_TITLE };

/**
 * Every path that matches no page, inside the signed-in shell. An admin page refuses a non-admin with
 * notFound() from within this same shell, so a path that does not exist and an admin page a clinician may
 * not open give one and the same page (issue 19, failure 8): same status, title, header and text. Signed
 * out, both send the visitor to sign in.
 */
export default async function UnknownPath(): Promise<never> {
  await requireUser();
  notFound();
}
