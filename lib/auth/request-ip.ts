import { isIP } from "node:net";
import { serverEnv } from "@/lib/env";

/**
 * The client address for sign-in throttling and the audit trail.
 *
 * Forwarding headers (`X-Forwarded-For`, `X-Real-IP`) are written by whoever sends the request, so on a
 * plain `npm start` they are the client's choice: trusting them let every request pick a fresh address
 * (escaping the per-IP lockout) and put arbitrary text in the audit trail. So:
 * - without `TRUST_PROXY`, the address is the TCP peer's (the socket), and forwarding headers are ignored;
 * - with `TRUST_PROXY=N` (N proxies in front, each appending the address it received from), the client is
 *   the entry N hops back from the socket: proxies we trust wrote those entries, anything further left
 *   the client may have made up.
 * Only a syntactically valid IP address is returned; anything else is "unknown".
 */

/** Set on every incoming request by lib/security/peer-address.ts from the socket, overwriting any client copy. */
export const PEER_ADDRESS_HEADER = "x-massagerx-peer-address";

export const UNKNOWN_IP = "unknown";

/**
 * The number of trusted proxy hops: TRUST_PROXY as lib/env.ts validated it, or, given a raw value, a whole
 * number 1-10 (anything else means none).
 */
export function trustedProxyHops(value?: string): number {
  if (value === undefined) return serverEnv().TRUST_PROXY;
  const hops = Number(value.trim());
  return Number.isInteger(hops) && hops >= 1 && hops <= 10 ? hops : 0;
}

/** A valid IPv4 or IPv6 address in its usual written form ("::ffff:10.0.0.1" → "10.0.0.1"), or null. */
export function normalizeIp(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let value = raw.trim();
  // "[2001:db8::1]:443" and "10.0.0.1:443" as some proxies write them.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed?.[1]) value = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(value);
  if (mapped?.[1]) value = mapped[1];
  return isIP(value) ? value.toLowerCase() : null;
}

export function clientIpFrom(getHeader: (name: string) => string | null | undefined, hops = trustedProxyHops()): string {
  const peer = getHeader(PEER_ADDRESS_HEADER) ?? null;
  if (hops === 0) return normalizeIp(peer) ?? UNKNOWN_IP;
  const forwarded = (getHeader("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // The socket is the last hop; each trusted proxy added the address before it.
  const chain = [...forwarded, ...(peer ? [peer] : [])];
  const pick = chain[Math.max(0, chain.length - 1 - hops)];
  return normalizeIp(pick) ?? UNKNOWN_IP;
}
