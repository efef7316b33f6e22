import "server-only";
import { db } from "@/lib/db/client";
import { currentDatabaseProvider } from "@/lib/db/database-url";
import { TWO_STEP_POLICY_KEY, effectiveTwoStepPolicy, type TwoStepPolicy } from "@/lib/domain/auth/two-step-policy";
import { assertAdminViewer, type DataViewer } from "./data-viewer";
import { acceptedTotpStep, looksLikeRecoveryCode, newRecoveryCodes, newTotpSecret, normaliseCode, recoveryCodeHash } from "@/lib/auth/two-step-codes";

/**
 * Two-step sign-in data: the clinic's policy, each user's authenticator secret and recovery codes.
 * Callers authenticate first; every function takes the user id from the session, never from input.
 */

export { TWO_STEP_POLICY_KEY };

export async function getTwoStepPolicy(): Promise<TwoStepPolicy> {
  const row = await db.securitySetting.findUnique({ where: { key: TWO_STEP_POLICY_KEY } });
  return effectiveTwoStepPolicy(row?.value, currentDatabaseProvider());
}

/** Admins only: the data layer checks the viewer itself, so a caller that forgets requireAdmin() changes nothing. */
export async function setTwoStepPolicy(viewer: DataViewer, policy: TwoStepPolicy): Promise<void> {
  await assertAdminViewer(viewer);
  await db.securitySetting.upsert({
    where: { key: TWO_STEP_POLICY_KEY },
    create: { key: TWO_STEP_POLICY_KEY, value: policy, updatedById: viewer.id },
    update: { value: policy, updatedById: viewer.id },
  });
}

export interface TwoStepStatus {
  enabledAt: Date | null;
  recoveryCodesLeft: number;
}

export async function getTwoStepStatus(userId: string): Promise<TwoStepStatus> {
  const [totp, recoveryCodesLeft] = await Promise.all([
    db.twoStepTotp.findUnique({ where: { userId }, select: { confirmedAt: true } }),
    db.twoStepRecoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return { enabledAt: totp?.confirmedAt ?? null, recoveryCodesLeft };
}

/** Ids of the users (among these) who have a confirmed authenticator, for the admin's user list. */
export async function usersWithTwoStep(userIds: string[]): Promise<Set<string>> {
  // memory-guard: bounded — one id per listed account.
  const rows = await db.twoStepTotp.findMany({ where: { userId: { in: userIds }, confirmedAt: { not: null } }, select: { userId: true } });
  return new Set(rows.map((r) => r.userId));
}

/**
 * The secret being enrolled: the one already started (so a reload shows the same QR code), or a new
 * one. Null when the user already has a confirmed authenticator (an admin reset is needed to replace it).
 */
export async function pendingTotpSecret(userId: string): Promise<string | null> {
  const existing = await db.twoStepTotp.findUnique({ where: { userId } });
  if (existing?.confirmedAt) return null;
  if (existing) return existing.secret;
  const { secret } = await db.twoStepTotp.upsert({ where: { userId }, create: { userId, secret: newTotpSecret() }, update: {} });
  return secret;
}

/**
 * Confirms enrolment with a code from the app: from then on the authenticator counts. Returns the new
 * recovery codes (shown once; only their hashes are kept), or null when the code is wrong.
 */
export async function confirmTotpEnrolment(userId: string, code: string): Promise<string[] | null> {
  const pending = await db.twoStepTotp.findUnique({ where: { userId } });
  if (!pending || pending.confirmedAt) return null;
  const step = await acceptedTotpStep(pending.secret, normaliseCode(code), null);
  if (step === null) return null;
  const { count } = await db.twoStepTotp.updateMany({ where: { userId, confirmedAt: null }, data: { confirmedAt: new Date(), lastTimeStep: step } });
  if (count !== 1) return null;
  return replaceRecoveryCodes(userId);
}

/** A fresh set of recovery codes; every earlier one stops working. */
export async function replaceRecoveryCodes(userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await db.$transaction([
    db.twoStepRecoveryCode.deleteMany({ where: { userId } }),
    db.twoStepRecoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: recoveryCodeHash(code) })) }),
  ]);
  return codes;
}

export type SecondFactorMatch = "totp" | "recovery-code" | null;

/**
 * Checks a second factor: a current code from the authenticator, or an unused recovery code. Each is
 * accepted once: a code's time step must be after the last accepted one, and a recovery code is marked
 * used, both by one conditional UPDATE, so two requests racing with the same code cannot both pass.
 */
export async function acceptSecondFactor(userId: string, rawCode: string, now = new Date()): Promise<SecondFactorMatch> {
  const code = normaliseCode(rawCode);
  const totp = await db.twoStepTotp.findUnique({ where: { userId } });
  if (!totp?.confirmedAt) return null;
  if (/^\d{6}$/.test(code)) {
    const step = await acceptedTotpStep(totp.secret, code, totp.lastTimeStep, now.getTime());
    if (step === null) return null;
    const { count } = await db.twoStepTotp.updateMany({
      where: { userId, OR: [{ lastTimeStep: null }, { lastTimeStep: { lt: step } }] },
      data: { lastTimeStep: step },
    });
    return count === 1 ? "totp" : null;
  }
  if (!looksLikeRecoveryCode(code)) return null;
  const { count } = await db.twoStepRecoveryCode.updateMany({ where: { userId, codeHash: recoveryCodeHash(code), usedAt: null }, data: { usedAt: now } });
  return count === 1 ? "recovery-code" : null;
}

/** Removes a user's authenticator and recovery codes (admin reset): they enrol again at next sign-in. Admins only. */
export async function removeTwoStep(viewer: DataViewer, userId: string): Promise<boolean> {
  await assertAdminViewer(viewer);
  const [, removed] = await db.$transaction([
    db.twoStepRecoveryCode.deleteMany({ where: { userId } }),
    db.twoStepTotp.deleteMany({ where: { userId } }),
  ]);
  return removed.count > 0;
}
