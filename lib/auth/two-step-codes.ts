import "server-only";
import { createHash, randomInt } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";

/**
 * The secrets of two-step sign-in: TOTP per RFC 6238 through otplib (SHA-1, 6 digits, 30-second steps:
 * what every authenticator app reads from the QR code), and one-time recovery codes.
 */

export const TOTP_ISSUER = "MassageRx";
/** One step either side of now is accepted: a phone clock a little off, or a code typed as it changed. */
const STEP_TOLERANCE_SECONDS = 30;

export function newTotpSecret(): string {
  return generateSecret({ length: 20 }); // 160 bits, the RFC 4226 recommendation
}

/** The otpauth:// URI the QR code carries (label: the account's email). */
export function totpUri(secret: string, email: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: email, secret });
}

/** The time step the code belongs to when it is right and of a step after `afterTimeStep`, else null. */
export async function acceptedTotpStep(
  secret: string,
  code: string,
  afterTimeStep: number | null,
  nowMs = Date.now(),
): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epochTolerance: STEP_TOLERANCE_SECONDS,
    epoch: Math.floor(nowMs / 1000),
    ...(afterTimeStep === null ? {} : { afterTimeStep }),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

/** A code as people type it: digits only for a TOTP code, lower case without spaces or dashes otherwise. */
export function normaliseCode(raw: string): string {
  const trimmed = raw.trim();
  if (/^[\d\s]+$/.test(trimmed)) return trimmed.replace(/\s/g, "");
  return trimmed.toLowerCase().replace(/[\s-]/g, "");
}

export const RECOVERY_CODE_COUNT = 10;
// No 0/o, 1/l/i: a code copied from paper must not be ambiguous (31 symbols).
const RECOVERY_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
const RECOVERY_GROUPS = 3;
const RECOVERY_GROUP_LENGTH = 4;

/** Ten fresh recovery codes, shown as "abcd-efgh-jkmn" (12 symbols of 31: over 59 random bits each). */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    Array.from({ length: RECOVERY_GROUPS }, () =>
      Array.from({ length: RECOVERY_GROUP_LENGTH }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join(""),
    ).join("-"),
  );
}

export function looksLikeRecoveryCode(normalised: string): boolean {
  return normalised.length === RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH && [...normalised].every((c) => RECOVERY_ALPHABET.includes(c));
}

/**
 * What is stored of a recovery code. A plain SHA-256 is enough here (unlike passwords): each code is
 * random with ~59 bits, so there is no dictionary to try, and it is looked up by this value.
 */
export function recoveryCodeHash(code: string): string {
  return createHash("sha256")
    .update(`massagerx-recovery:${normaliseCode(code)}`)
    .digest("hex");
}
