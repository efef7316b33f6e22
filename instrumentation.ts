/**
 * Runs once when the server starts. A production server on a shared database without NEXTAUTH_SECRET
 * must not start at all [property 17]: Next only logs an error thrown here and goes on serving, every
 * sign-in answering 500, so the process exits non-zero with the reason instead.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installPeerAddressStamp } = await import("./lib/security/peer-address");
  installPeerAddressStamp();
  const { resolveAuthSecret } = await import("./lib/auth/auth-secret");
  try {
    resolveAuthSecret();
  } catch (error) {
    console.error(`MassageRx cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
