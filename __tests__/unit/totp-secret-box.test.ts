import { createHash } from "node:crypto";
import fc from "fast-check";
import { newTotpSecret } from "@/lib/auth/two-step-codes";
import { openTotpSecret, sealTotpSecret, totpSecretKey } from "@/lib/auth/totp-secret-box";

// Issue 19: the TOTP secret at rest is AES-256-GCM under a key derived from NEXTAUTH_SECRET (HKDF), bound
// to the user's id; a tampered value, another key or another user's row opens nothing; the plain base32
// of rows written before sealing still reads (marked legacy, to be sealed on the next successful code).
const KEY = totpSecretKey("unit-test-server-secret-0123456789abcdef");
const SECRET = newTotpSecret();

/** The stored value with one bit flipped in one byte of one of its base64url parts (1 iv, 2 body, 3 tag). */
function flipBit(stored: string, part: 1 | 2 | 3, byte: number, bit: number): string {
  const parts = stored.split(":");
  const bytes = Buffer.from(parts[part]!, "base64url");
  bytes[byte % bytes.length] = bytes[byte % bytes.length]! ^ (1 << bit);
  parts[part] = bytes.toString("base64url");
  return parts.join(":");
}

describe("the TOTP secret sealed at rest", () => {
  test("round trip: the stored form is versioned, never the base32 secret, fresh each time, and opens to the same secret", () => {
    const stored = sealTotpSecret("user-a", SECRET, KEY);
    expect(stored).toMatch(/^v1:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]+:[A-Za-z0-9_-]{22}$/);
    expect(stored).not.toContain(SECRET);
    expect(stored.toUpperCase()).not.toContain(SECRET.slice(0, 8));
    expect(sealTotpSecret("user-a", SECRET, KEY)).not.toBe(stored); // a fresh IV every time
    expect(openTotpSecret("user-a", stored, KEY)).toEqual({ secret: SECRET, legacy: false });
  });

  test("any secret otplib makes survives the round trip", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), (userId) => {
        const secret = newTotpSecret();
        expect(openTotpSecret(userId, sealTotpSecret(userId, secret, KEY), KEY)).toEqual({ secret, legacy: false });
      }),
      { numRuns: 50 },
    );
  });

  test("a single flipped bit anywhere in the IV, ciphertext or tag is refused", () => {
    const stored = sealTotpSecret("user-a", SECRET, KEY);
    fc.assert(
      fc.property(fc.constantFrom(1 as const, 2 as const, 3 as const), fc.nat(63), fc.integer({ min: 0, max: 7 }), (part, byte, bit) => {
        expect(openTotpSecret("user-a", flipBit(stored, part, byte, bit), KEY)).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  test("another key (NEXTAUTH_SECRET changed) or another user's row opens nothing", () => {
    const stored = sealTotpSecret("user-a", SECRET, KEY);
    expect(openTotpSecret("user-a", stored, totpSecretKey("a-different-server-secret-0123456789"))).toBeNull();
    expect(openTotpSecret("user-b", stored, KEY)).toBeNull();
  });

  test("a legacy plain base32 secret is read as it is, marked legacy", () => {
    expect(openTotpSecret("user-a", SECRET, KEY)).toEqual({ secret: SECRET, legacy: true });
  });

  test("anything else is refused: other versions, missing or extra parts, wrong lengths, lower-case or padded base32", () => {
    const stored = sealTotpSecret("user-a", SECRET, KEY);
    const [, iv, body, tag] = stored.split(":");
    for (const bad of [
      "",
      `v2:${iv}:${body}:${tag}`,
      `v1:${iv}:${body}`,
      `v1:${iv}:${body}:${tag}:extra`,
      `v1:${iv!.slice(2)}:${body}:${tag}`,
      `v1:${iv}:${body}:${tag!.slice(2)}`,
      `v1:${iv}::${tag}`,
      `v1:${iv}:${body}+/:${tag}`,
      SECRET.toLowerCase(),
      `${SECRET}====`,
    ]) {
      expect({ bad, opened: openTotpSecret("user-a", bad, KEY) }).toEqual({ bad, opened: null });
    }
    // Sealed correctly but not a base32 secret inside: not something this app wrote.
    expect(openTotpSecret("user-a", sealTotpSecret("user-a", "not base32!", KEY), KEY)).toBeNull();
  });

  test("the key is 32 bytes derived by HKDF for this use only: stable, not the secret or its plain hash, different per server secret", () => {
    const serverSecret = "unit-test-server-secret-0123456789abcdef";
    const key = totpSecretKey(serverSecret);
    expect(key).toHaveLength(32);
    expect(totpSecretKey(serverSecret).equals(key)).toBe(true);
    expect(key.equals(createHash("sha256").update(serverSecret).digest())).toBe(false);
    expect(key.includes(Buffer.from(serverSecret.slice(0, 16)))).toBe(false);
    expect(totpSecretKey(`${serverSecret}x`).equals(key)).toBe(false);
  });
});
