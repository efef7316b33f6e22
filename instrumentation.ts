import { serverEnv } from "./lib/env";

/**
 * Runs once when the server starts. Bad configuration (lib/env.ts names the variable) and a production
 * server on a shared database without NEXTAUTH_SECRET must not start at all [property 17]: Next only logs
 * an error thrown here and goes on serving, every request answering 500, so the process exits non-zero
 * with the reason instead.
 */
export async function register(): Promise<void> {
  let runtime: string | undefined;
  try {
    runtime = serverEnv().NEXT_RUNTIME;
  } catch (error) {
    console.error(`MassageRx cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  if (runtime !== "nodejs") return;
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
