import "server-only";
import { accountKey, clearFailures, isLocked, recordFailure } from "@/lib/data/login-throttle";
import { getPasswordHash } from "@/lib/data/users";
import { authSettings } from "./auth-settings";
import { verifyPassword } from "./password";

/**
 * Re-authentication before a sensitive change [ASVS 6.4 / 7.5]: the signed-in person types their own
 * password again, so a borrowed or stolen session alone cannot make it. Wrong passwords count towards the
 * account's sign-in lockout. Returns null when the password is right and the account is not locked;
 * otherwise an audit code saying why not.
 */
export async function reauthenticate(
  user: { id: string; email: string; role: string },
  password: string,
): Promise<"reauth-bad-password" | "reauth-locked" | null> {
  const key = accountKey(user.email);
  const hash = await getPasswordHash(user, user.id);
  const passwordOk = password !== "" && hash !== null && (await verifyPassword(hash, password));
  if (!passwordOk) {
    await recordFailure(key, authSettings().maxFailuresPerAccount);
    return "reauth-bad-password";
  }
  if (await isLocked([key])) return "reauth-locked";
  await clearFailures(key);
  return null;
}
