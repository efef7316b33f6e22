import "server-only";
import { headers } from "next/headers";
import { clientIpFrom } from "./request-ip";

/**
 * The client address of the current request (see request-ip.ts for which headers are trusted). A leaf
 * module: lib/data records it in audit events without importing lib/auth's session layer, which itself
 * imports lib/data (docs/architecture.md, "Layers").
 */
export async function requestIp(): Promise<string> {
  const h = await headers();
  return clientIpFrom((name) => h.get(name));
}
