import fc from "fast-check";
import { contextWords, passwordStrengthProblem } from "@/lib/auth/password-strength";
import { PASSWORD_MAX, PASSWORD_MIN, passwordLength, passwordSchema } from "@/lib/schemas/password";
import { changePasswordSchema } from "@/lib/schemas/users";

// Property 7 [ASVS 6.2, NIST SP 800-63B 3.1.1.2]: >= 8 characters, up to >= 64 (we allow 128), no
// composition rules; common, breached, repetitive and context-specific passwords refused.
const account = { name: "Dana Demo", email: "dana.demo@clinic.test" };
/** What the server actions apply: the form's length rule, then the blocklist estimator. */
const accepted = (p: string, who = account) => passwordSchema.safeParse(p).success && passwordStrengthProblem(p, who) === null;
/** Any string of `min..max` code points (full Unicode, including spaces and emoji). */
const passwordOf = (min: number, max: number) =>
  fc
    .array(fc.string({ unit: "grapheme-composite", minLength: 1, maxLength: 1 }), { minLength: min, maxLength: max })
    .map((parts) => parts.join(""));
const codePoints = (min: number, max: number) =>
  fc
    .array(
      fc.integer({ min: 0x20, max: 0x10ffff }).filter((c) => c < 0xd800 || c > 0xdfff),
      { minLength: min, maxLength: max },
    )
    .map((cs) => String.fromCodePoint(...cs));

describe("password policy (property 7)", () => {
  test("any 8..128 characters chosen at random are accepted: no composition rules", () => {
    fc.assert(
      fc.property(codePoints(PASSWORD_MIN, PASSWORD_MAX), (p) => expect(accepted(p)).toBe(true)),
      { numRuns: 300 },
    );
  });

  test("single-class passwords (only lower case, only digits, only capitals) are not refused for their composition", () => {
    for (const p of ["correcthorsebatterystaple", "4093 7716 2058", "ÜBERSICHTLICH", "kettle piano moss", "xk3#pq9!"])
      expect(accepted(p)).toBe(true);
  });

  test("anything shorter than 8 characters is refused, counting characters not UTF-16 units", () => {
    fc.assert(
      fc.property(codePoints(0, PASSWORD_MIN - 1), (p) => expect(passwordSchema.safeParse(p).success).toBe(false)),
      { numRuns: 300 },
    );
    // 4 emoji are 8 UTF-16 units but 4 characters.
    expect(passwordSchema.safeParse("🔒🔒🔒🔒").success).toBe(false);
  });

  test("at least 64 characters are allowed, and up to 128; longer is refused", () => {
    fc.assert(
      fc.property(passwordOf(64, 128), (p) => {
        fc.pre(passwordLength(p) <= PASSWORD_MAX);
        expect(passwordSchema.safeParse(p).success).toBe(true);
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(codePoints(PASSWORD_MAX + 1, PASSWORD_MAX + 40), (p) => expect(passwordSchema.safeParse(p).success).toBe(false)),
      { numRuns: 100 },
    );
    expect(PASSWORD_MAX).toBeGreaterThanOrEqual(64);
  });

  test("no trimming or normalising: surrounding spaces are part of the password", () => {
    expect(passwordSchema.parse("  a sentence  ")).toBe("  a sentence  ");
  });

  test("the red team's accepted passwords are refused now (issue 19, failure 7)", () => {
    for (const p of [
      "Password1!",
      "Summer2024!",
      "Welcome2024",
      "Hospital1!",
      "        ",
      "P@ssw0rd123",
      "Qwerty123!",
      "Iloveyou2!",
      "Football#1",
      "Letmein2026",
    ]) {
      expect({ p, accepted: accepted(p) }).toEqual({ p, accepted: false });
    }
  });

  test("breached, dictionary-word-plus-number, repetitive, sequential and keyboard-walk passwords are refused", () => {
    for (const p of [
      "password",
      "12345678",
      "qwerty123",
      "iloveyou",
      "letmein123",
      "aaaaaaaaaa",
      "abcdefgh1",
      "87654321",
      "asdfghjkl",
      "1q2w3e4r5t",
      "🦄🦄🦄🦄🦄🦄🦄🦄",
      "Monkey2023",
    ]) {
      expect({ p, accepted: accepted(p) }).toEqual({ p, accepted: false });
    }
  });

  test("context words: the service's name and the account's own name and email are refused, with that reason", () => {
    for (const p of ["massagerx", "MassageRx2026", "Massagerx!1", "danademo1", "dana.demo@clinic.test", "DanaDemo2026"]) {
      expect({ p, accepted: accepted(p) }).toEqual({ p, accepted: false });
    }
    expect(passwordStrengthProblem("DanaDemo2026", account)).toMatch(/your name, your email address or the name of this service/);
    // Another person's name is only an ordinary word.
    expect(contextWords(account)).toEqual(expect.arrayContaining(["dana demo", "dana", "demo", "dana.demo@clinic.test", "massagerx"]));
  });

  test("every refusal says why and asks for a different password (NIST 800-63B: give the reason)", () => {
    for (const p of ["Summer2024!", "        ", "massagerx1"]) {
      expect(passwordStrengthProblem(p, account)).toMatch(/Choose a different password/);
    }
    expect(passwordStrengthProblem("Password1!", account)).toMatch(/commonly used, expected or compromised/);
    expect(passwordStrengthProblem("        ", account)).toMatch(/repeated or sequential/);
  });

  test("the change form requires matching confirmation and a new password different from the current one", () => {
    expect(
      changePasswordSchema.safeParse({
        currentPassword: "old one here",
        newPassword: "new and different",
        confirmPassword: "new and different",
      }).success,
    ).toBe(true);
    expect(
      changePasswordSchema.safeParse({ currentPassword: "old one here", newPassword: "new and different", confirmPassword: "typo" })
        .success,
    ).toBe(false);
    expect(
      changePasswordSchema.safeParse({
        currentPassword: "same as before",
        newPassword: "same as before",
        confirmPassword: "same as before",
      }).success,
    ).toBe(false);
  });
});
