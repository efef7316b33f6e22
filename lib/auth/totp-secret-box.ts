import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { resolveAuthSecret } from "./auth-secret";

/**
 * The TOTP shared secret at rest. Whoever reads it can make a user's codes, so a copy of the database (a
 * backup, a replica, a SQL injection elsewhere) must not be enough: it is stored sealed with AES-256-GCM
 * under a key that lives outside the database, derived by HKDF-SHA256 from NEXTAUTH_SECRET with its own
 * info string (no other use of that secret can produce this key). The user's id is the additional data,
 * so a sealed secret copied onto another user's row does not open.
 *
 * Stored as "v1:<iv>:<ciphertext>:<tag>" (base64url): the version leaves room for a new key or cipher
 * without guessing at old rows. Rows written before this (plain base32) still open, marked legacy, and
 * the data layer seals them on their next read: no migration needs the key in SQL.
 *
 * Rotating NEXTAUTH_SECRET therefore makes every enrolled authenticator unreadable: those users are
 * refused at the code step until an admin resets their two-step sign-in (docs/security.md says so).
 */

const VERSION = "v1";
const HKDF_INFO = "massagerx/two-step-totp-secret/v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** What otplib makes and authenticator apps read: RFC 4648 base32, no padding. */
const LEGACY_BASE32 = /^[A-Z2-7]{16,128}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

let cached: { serverSecret: string; key: Buffer } | undefined;

/** The 32-byte key for TOTP secrets, from the server's secret (NEXTAUTH_SECRET or the embedded one). */
export function totpSecretKey(serverSecret: string = resolveAuthSecret()): Buffer {
  if (cached?.serverSecret !== serverSecret) {
    cached = { serverSecret, key: Buffer.from(hkdfSync("sha256", serverSecret, "", HKDF_INFO, 32)) };
  }
  return cached.key;
}

export function sealTotpSecret(userId: string, secret: string, key: Buffer = totpSecretKey()): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(userId, "utf8"));
  const body = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [VERSION, iv, body, cipher.getAuthTag()].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(":");
}

export interface OpenedTotpSecret {
  secret: string;
  /** Stored in the clear (before sealing existed): the caller should store it sealed. */
  legacy: boolean;
}

/**
 * The secret from its stored form, or null when it cannot be trusted: tampered with, sealed under another
 * key (NEXTAUTH_SECRET changed), sealed for another user, or not a form this code knows.
 */
export function openTotpSecret(userId: string, stored: string, key: Buffer = totpSecretKey()): OpenedTotpSecret | null {
  if (LEGACY_BASE32.test(stored)) return { secret: stored, legacy: true };
  const [version, iv, body, tag, ...rest] = stored.split(":");
  if (version !== VERSION || rest.length > 0 || !iv || !body || !tag || ![iv, body, tag].every((p) => BASE64URL.test(p))) return null;
  const ivBytes = Buffer.from(iv, "base64url");
  const tagBytes = Buffer.from(tag, "base64url");
  if (ivBytes.length !== IV_BYTES || tagBytes.length !== TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, ivBytes, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(userId, "utf8"));
    decipher.setAuthTag(tagBytes);
    const secret = Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
    return LEGACY_BASE32.test(secret) ? { secret, legacy: false } : null;
  } catch {
    return null; // the tag did not match: wrong key, wrong user or changed bytes
  }
}
