import { hash, verify } from "@node-rs/argon2";

/**
 * argon2id with OWASP's minimum (m = 19 MiB, t = 2, p = 1) [ASVS 11.4.2]. Parameters live in the
 * encoded hash, so raising them later only affects new hashes.
 */
export const ARGON2_OPTIONS = {
  // Algorithm.Argon2id (a const enum, which isolatedModules cannot read).
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, ARGON2_OPTIONS);
}

export async function verifyPassword(encoded: string, plain: string): Promise<boolean> {
  try {
    return await verify(encoded, plain);
  } catch {
    // A malformed stored hash is a failed sign-in, never a crash.
    return false;
  }
}

/**
 * Verified against when the email is unknown, so both failures cost one argon2 verification and
 * cannot be told apart by timing [ASVS 6.3.8].
 */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("massagerx-timing-equaliser-not-a-password");
  return dummyHash;
}
