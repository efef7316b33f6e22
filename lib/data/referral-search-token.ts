import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { resolveAuthSecret } from "@/lib/auth/auth-secret";

/**
 * The referral list keeps its search in the URL (reload, back, a bookmark) without putting a patient's
 * name there: the URL carries the search sealed with AES-256-GCM under a key derived from the server's
 * secret, bound to the signed-in user (another account's session cannot open it) and valid for 12 hours
 * (the longest session). Proxies, server logs and the browser history see only ciphertext.
 *
 * Why not a server-stored query id: it needs a table, a write per search and a clean-up job, and it must
 * be shared by every instance; the sealed token needs none of that and is just as opaque. Why not POST
 * only: the search would then be lost on reload and on "back" from a referral, which is what clinicians
 * asked to keep.
 */
const TOKEN_LIFETIME_MS = 12 * 60 * 60 * 1000;
const IV_BYTES = 12;
const TAG_BYTES = 16;

let cached: { secret: string; key: Buffer } | undefined;

function key(): Buffer {
  const secret = resolveAuthSecret();
  if (cached?.secret !== secret) {
    cached = { secret, key: Buffer.from(hkdfSync("sha256", secret, "", "massagerx/referral-search/v1", 32)) };
  }
  return cached.key;
}

export function sealSearch(userId: string, query: string, now = Date.now()): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  cipher.setAAD(Buffer.from(userId, "utf8"));
  const body = Buffer.concat([cipher.update(JSON.stringify({ q: query, exp: now + TOKEN_LIFETIME_MS }), "utf8"), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url");
}

/** The search sealed for this user, or null when the token is not one (tampered, another user's, expired). */
export function openSearch(userId: string, token: string, now = Date.now()): string | null {
  if (!/^[A-Za-z0-9_-]{40,600}$/.test(token)) return null;
  const raw = Buffer.from(token, "base64url");
  if (raw.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(userId, "utf8"));
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    const text = Buffer.concat([decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)), decipher.final()]).toString("utf8");
    const parsed = JSON.parse(text) as { q?: unknown; exp?: unknown };
    return typeof parsed.q === "string" && typeof parsed.exp === "number" && parsed.exp > now ? parsed.q : null;
  } catch {
    return null;
  }
}
