import fc from "fast-check";
import { generate } from "otplib";
import {
  acceptedTotpStep,
  looksLikeRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  normaliseCode,
  recoveryCodeHash,
  totpUri,
} from "@/lib/auth/two-step-codes";
import { effectiveTwoStepPolicy, TWO_STEP_POLICIES, twoStepRequiredFor } from "@/lib/domain/auth/two-step-policy";

describe("two-step policy (pure)", () => {
  test("defaults: required for admins on PostgreSQL, optional on the embedded demo", () => {
    expect(effectiveTwoStepPolicy(null, "postgresql")).toBe("admins");
    expect(effectiveTwoStepPolicy(undefined, "sqlite")).toBe("optional");
  });

  test("a stored value wins over the default; an unknown one is the strictest", () => {
    expect(effectiveTwoStepPolicy("optional", "postgresql")).toBe("optional");
    expect(effectiveTwoStepPolicy("everyone", "sqlite")).toBe("everyone");
    fc.assert(
      fc.property(
        fc.string().filter((v) => !(TWO_STEP_POLICIES as readonly string[]).includes(v)),
        (v) => effectiveTwoStepPolicy(v, "sqlite") === "everyone",
      ),
    );
  });

  test("who it covers, for every role including ones added later", () => {
    for (const role of ["ADMIN", "CLINICIAN", "THERAPIST", "SOME_FUTURE_ROLE"]) {
      expect(twoStepRequiredFor("optional", role)).toBe(false);
      expect(twoStepRequiredFor("everyone", role)).toBe(true);
      expect(twoStepRequiredFor("admins", role)).toBe(role === "ADMIN");
    }
  });
});

describe("TOTP codes (RFC 6238 through otplib)", () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 11, 1, 12, 0, 15);
  const at = (offsetSteps: number) => generate({ secret, epoch: Math.floor(now / 1000) + offsetSteps * 30 });

  test("a 160-bit base32 secret and an otpauth URI naming the issuer and account", () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(totpUri(secret, "dana@clinic.test"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe(secret);
    expect(uri.searchParams.get("issuer")).toBe("MassageRx");
    expect(decodeURIComponent(uri.pathname)).toContain("dana@clinic.test");
  });

  test("the current code and one step either side are accepted, two steps away are not", async () => {
    expect(await acceptedTotpStep(secret, await at(0), null, now)).toBe(Math.floor(now / 30_000));
    expect(await acceptedTotpStep(secret, await at(-1), null, now)).toBe(Math.floor(now / 30_000) - 1);
    expect(await acceptedTotpStep(secret, await at(1), null, now)).toBe(Math.floor(now / 30_000) + 1);
    expect(await acceptedTotpStep(secret, await at(-2), null, now)).toBeNull();
    expect(await acceptedTotpStep(secret, await at(2), null, now)).toBeNull();
  });

  test("replay: a code of the last accepted step or an earlier one is refused", async () => {
    const step = Math.floor(now / 30_000);
    expect(await acceptedTotpStep(secret, await at(0), step, now)).toBeNull();
    expect(await acceptedTotpStep(secret, await at(-1), step, now)).toBeNull();
    expect(await acceptedTotpStep(secret, await at(1), step, now)).toBe(step + 1);
  });

  test("anything but six digits is refused before any check", async () => {
    for (const code of ["", "12345", "1234567", "12345a", " 123456"]) expect(await acceptedTotpStep(secret, code, null, now)).toBeNull();
  });
});

describe("recovery codes", () => {
  test("ten distinct codes of 12 unambiguous symbols; hashed, never stored as typed", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^[2-9a-hjkmnp-z]{4}(-[2-9a-hjkmnp-z]{4}){2}$/);
      expect(looksLikeRecoveryCode(normaliseCode(code))).toBe(true);
      expect(recoveryCodeHash(code)).toMatch(/^[0-9a-f]{64}$/);
      expect(recoveryCodeHash(code)).not.toContain(code.replace(/-/g, ""));
    }
  });

  test("typed with capitals, spaces or without dashes, a code hashes the same", () => {
    expect(recoveryCodeHash("ABCD EFGH JKMN")).toBe(recoveryCodeHash("abcd-efgh-jkmn"));
    expect(recoveryCodeHash("abcdefghjkmn")).toBe(recoveryCodeHash("abcd-efgh-jkmn"));
    expect(recoveryCodeHash("abcd-efgh-jkmp")).not.toBe(recoveryCodeHash("abcd-efgh-jkmn"));
    expect(normaliseCode(" 123 456 ")).toBe("123456");
    expect(looksLikeRecoveryCode("abcdefghjkm0")).toBe(false);
  });
});
