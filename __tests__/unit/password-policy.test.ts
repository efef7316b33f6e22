import fc from "fast-check";
import { COMMON_PASSWORDS, isCommonPassword } from "@/lib/auth/common-passwords";
import { PASSWORD_MAX, PASSWORD_MIN, passwordLength, passwordSchema } from "@/lib/schemas/password";
import { changePasswordSchema } from "@/lib/schemas/users";

// Property 7 [ASVS 6.2]: >= 8 characters, up to >= 64 (we allow 128), no composition rules, common refused.
const accepted = (p: string) => passwordSchema.safeParse(p).success;
/** Any string of `min..max` code points (full Unicode, including spaces and emoji). */
const passwordOf = (min: number, max: number) =>
  fc.array(fc.string({ unit: "grapheme-composite", minLength: 1, maxLength: 1 }), { minLength: min, maxLength: max }).map((parts) => parts.join(""));
const codePoints = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0x20, max: 0x10ffff }).filter((c) => c < 0xd800 || c > 0xdfff), { minLength: min, maxLength: max }).map((cs) => String.fromCodePoint(...cs));

describe("password policy (property 7)", () => {
  test("every password of 8..128 characters that is not a common one is accepted: no composition rules", () => {
    fc.assert(
      fc.property(codePoints(PASSWORD_MIN, PASSWORD_MAX), (p) => {
        fc.pre(!isCommonPassword(p));
        expect(accepted(p)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test("single-class passwords (only lower case, only digits, only spaces) are not refused for their composition", () => {
    for (const p of ["correcthorsebatterystaple", "8301947265", "        ", "ÜBERSICHTLICH", "🦄🦄🦄🦄🦄🦄🦄🦄"]) expect(accepted(p)).toBe(true);
  });

  test("anything shorter than 8 characters is refused, counting characters not UTF-16 units", () => {
    fc.assert(fc.property(codePoints(0, PASSWORD_MIN - 1), (p) => expect(accepted(p)).toBe(false)), { numRuns: 300 });
    // 4 emoji are 8 UTF-16 units but 4 characters.
    expect(accepted("🔒🔒🔒🔒")).toBe(false);
  });

  test("at least 64 characters are allowed, and up to 128; longer is refused", () => {
    fc.assert(fc.property(passwordOf(64, 128), (p) => { fc.pre(passwordLength(p) <= PASSWORD_MAX); expect(accepted(p)).toBe(true); }), { numRuns: 100 });
    fc.assert(fc.property(codePoints(PASSWORD_MAX + 1, PASSWORD_MAX + 40), (p) => expect(accepted(p)).toBe(false)), { numRuns: 100 });
    expect(PASSWORD_MAX).toBeGreaterThanOrEqual(64);
  });

  test("no trimming or normalising: surrounding spaces are part of the password", () => {
    expect(passwordSchema.parse("  a sentence  ")).toBe("  a sentence  ");
  });

  test("the bundled list is large and every entry of 8+ characters is refused, in any letter case", () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(1000);
    const long = [...COMMON_PASSWORDS].filter((p) => passwordLength(p) >= PASSWORD_MIN);
    expect(long.length).toBeGreaterThan(500);
    for (const p of long) expect(accepted(p)).toBe(false);
    fc.assert(
      fc.property(fc.constantFrom(...long), fc.array(fc.boolean(), { minLength: 128, maxLength: 128 }), (p, upper) => {
        const mixed = Array.from(p).map((c, i) => (upper[i] ? c.toUpperCase() : c)).join("");
        expect(accepted(mixed)).toBe(false);
      }),
    );
  });

  test("well-known breached passwords and the app's own name are refused", () => {
    for (const p of ["password", "12345678", "qwerty123", "iloveyou", "Password1", "P@ssw0rd", "massagerx", "MassageRx2026", "letmein123"]) {
      expect(accepted(p)).toBe(false);
    }
  });

  test("the change form requires matching confirmation and a new password different from the current one", () => {
    expect(changePasswordSchema.safeParse({ currentPassword: "old one here", newPassword: "new and different", confirmPassword: "new and different" }).success).toBe(true);
    expect(changePasswordSchema.safeParse({ currentPassword: "old one here", newPassword: "new and different", confirmPassword: "typo" }).success).toBe(false);
    expect(changePasswordSchema.safeParse({ currentPassword: "same as before", newPassword: "same as before", confirmPassword: "same as before" }).success).toBe(false);
  });
});
