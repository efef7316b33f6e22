/**
 * Runs once when the server starts. A production server on a shared database without NEXTAUTH_SECRET
 * must fail at start-up, not at the first sign-in [property 17].
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installPeerAddressStamp } = await import("./lib/security/peer-address");
  installPeerAddressStamp();
  const { resolveAuthSecret } = await import("./lib/auth/auth-secret");
  resolveAuthSecret();
}
