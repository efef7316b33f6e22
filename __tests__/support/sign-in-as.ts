import { authorizeCredentials } from "@/lib/auth/authorize";
import { TEST_PASSWORD } from "./db-fixtures";
import { issueSessionCookie, sendCookies, sendSessionCookie } from "./session-cookie";

/**
 * Signs a test user in through the real credential check, then makes the mocked cookie lookup return
 * that session's real (encrypted) session cookie for the following calls. signOutForTest() makes
 * requests anonymous again.
 */
export async function signInAs(user: { email: string }) {
  const authorized = await authorizeCredentials({ email: user.email, password: TEST_PASSWORD }, "127.0.0.1");
  if (!authorized) throw new Error(`could not sign in ${user.email}`);
  await issueSessionCookie(authorized);
  sendSessionCookie(authorized);
  return authorized;
}

export function signOutForTest() {
  sendCookies([]);
}

/** Runs fn and returns the Next navigation error it threw (redirect or notFound), or null. */
export async function navigationErrorOf(fn: () => Promise<unknown>): Promise<string | null> {
  try {
    await fn();
    return null;
  } catch (error) {
    const digest = (error as { digest?: string }).digest;
    if (typeof digest === "string") return digest.startsWith("NEXT_REDIRECT") ? `redirect:${digest.split(";")[2]}` : digest;
    throw error;
  }
}
