import "server-only";
import { db } from "@/lib/db/client";
import { currentDatabaseProvider } from "@/lib/db/database-url";
import { TWO_STEP_POLICY_KEY, effectiveTwoStepPolicy, type TwoStepPolicy } from "@/lib/domain/auth/two-step-policy";
import { assertAdminViewer, type DataViewer } from "./data-viewer";
import { acceptedTotpStep, looksLikeRecoveryCode, newRecoveryCodes, newTotpSecret, normaliseCode, recoveryCodeHash } from "@/lib/auth/two-step-codes";
import { openTotpSecret, sealTotpSecret } from "@/lib/auth/totp-secret-box";

/**
 * Two-step sign-in data: the clinic's policy, each user's authenticator secret and recovery codes.
 * Callers authenticate first; every function takes the user id from the session, never from input.
 * The authenticator secret is stored sealed (lib/auth/totp-secret-box.ts); a row from before sealing
 * (plain base32) is sealed the next time it is read here.
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
  if (!existing) {
    // update {}: a request that created the row first wins, and both show its secret.
    const row = await db.twoStepTotp.upsert({ where: { userId }, create: { userId, secret: sealTotpSecret(userId, newTotpSecret()) }, update: {} });
    return row.confirmedAt ? null : (openTotpSecret(userId, row.secret)?.secret ?? null);
  }
  const opened = openTotpSecret(userId, existing.secret);
  if (opened && !opened.legacy) return opened.secret;
  // Stored in the clear: seal the same secret. Unreadable (the server's secret changed since this
  // enrolment began): start over with a new one; nothing was confirmed with the old one.
  const secret = opened?.secret ?? newTotpSecret();
  const { count } = await db.twoStepTotp.updateMany({
    where: { userId, confirmedAt: null, secret: existing.secret },
    data: { secret: sealTotpSecret(userId, secret) },
  });
  return count === 1 ? secret : pendingTotpSecret(userId); // another request rewrote it first: show theirs
}

/**
 * Confirms enrolment with a code from the app: from then on the authenticator counts. Returns the new
 * recovery codes (shown once; only their hashes are kept), or null when the code is wrong.
 */
export async function confirmTotpEnrolment(userId: string, code: string): Promise<string[] | null> {
  const pending = await db.twoStepTotp.findUnique({ where: { userId } });
  if (!pending || pending.confirmedAt) return null;
  const opened = openTotpSecret(userId, pending.secret);
  if (!opened) return null;
  const step = await acceptedTotpStep(opened.secret, normaliseCode(code), null);
  if (step === null) return null;
  // Only the secret the code was checked against is confirmed (and a plain one is sealed as it is).
  const { count } = await db.twoStepTotp.updateMany({
    where: { userId, confirmedAt: null, secret: pending.secret },
    data: { confirmedAt: new Date(), lastTimeStep: step, ...(opened.legacy ? { secret: sealTotpSecret(userId, opened.secret) } : {}) },
  });
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
    const opened = openTotpSecret(userId, totp.secret);
    if (!opened) {
      // Fails closed: no code is accepted (recovery codes still are). An admin reset lets them enrol again.
      console.error("Two-step sign-in: a stored authenticator secret could not be opened (NEXTAUTH_SECRET changed, or the row was altered).");
      return null;
    }
    const step = await acceptedTotpStep(opened.secret, code, totp.lastTimeStep, now.getTime());
    if (step === null) return null;
    const { count } = await db.twoStepTotp.updateMany({
      where: { userId, OR: [{ lastTimeStep: null }, { lastTimeStep: { lt: step } }] },
      // A secret still stored in the clear is sealed with this first successful code.
      data: { lastTimeStep: step, ...(opened.legacy ? { secret: sealTotpSecret(userId, opened.secret) } : {}) },
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
