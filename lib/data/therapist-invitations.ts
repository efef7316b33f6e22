import "server-only";
import { db } from "@/lib/db/client";
import { hashToken } from "./referral-dispatch";

/**
 * A therapist's invitation (issue 16 item 2): the emailed link creates the THERAPIST account on first use
 * and links it to the directory entry. Only the token's hash is stored, so the table alone opens nothing.
 * The token is the credential here (no session exists yet): what it answers names nobody but the entry the
 * invitation was written for, and an unknown token says only that the link is not valid.
 */
export type InvitationState =
  | { state: "valid"; therapistId: string; name: string; email: string }
  | { state: "used"; therapistId: string }
  | { state: "expired"; therapistId: string }
  | { state: "unknown" };

export async function getInvitationState(token: string, now = new Date()): Promise<InvitationState> {
  const row = await db.therapistInvitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { usedAt: true, expiresAt: true, therapist: { select: { id: true, name: true, email: true, userId: true, active: true } } },
  });
  if (!row || !row.therapist.active) return { state: "unknown" };
  const therapistId = row.therapist.id;
  // An account already made (from this link or another one sent to the same therapist): sign in instead.
  if (row.usedAt || row.therapist.userId) return { state: "used", therapistId };
  if (row.expiresAt <= now) return { state: "expired", therapistId };
  return { state: "valid", therapistId, name: row.therapist.name, email: row.therapist.email };
}

export type AcceptOutcome =
  | { ok: true; userId: string; therapistId: string; email: string }
  | { ok: false; reason: "unknown" | "used" | "expired" | "email-taken"; therapistId?: string };

/**
 * Creates the therapist's account with the (already hashed) password, links it to the directory entry and
 * spends the invitation — all or nothing, each step conditional, so two tabs submitting the same link at
 * once make one account. Every other open invitation of the therapist is spent with it.
 */
export async function acceptTherapistInvitation(token: string, passwordHash: string, now = new Date()): Promise<AcceptOutcome> {
  const state = await getInvitationState(token, now);
  if (state.state !== "valid") return state.state === "unknown" ? { ok: false, reason: "unknown" } : { ok: false, reason: state.state, therapistId: state.therapistId };
  const { therapistId, email, name } = state;
  // An account with this address exists (a clinician, say): linking it would hand it a therapist's scope.
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) return { ok: false, reason: "email-taken", therapistId };
  try {
    const userId = await db.$transaction(async (tx) => {
      const spent = await tx.therapistInvitation.updateMany({ where: { tokenHash: hashToken(token), usedAt: null }, data: { usedAt: now } });
      if (spent.count !== 1) throw new InvitationRace();
      const user = await tx.user.create({ data: { email, name, role: "THERAPIST", passwordHash, mustChangePassword: false }, select: { id: true } });
      const linked = await tx.therapist.updateMany({ where: { id: therapistId, userId: null }, data: { userId: user.id } });
      if (linked.count !== 1) throw new InvitationRace();
      await tx.therapistInvitation.updateMany({ where: { therapistId, usedAt: null }, data: { usedAt: now } });
      return user.id;
    });
    return { ok: true, userId, therapistId, email };
  } catch (error) {
    // The other submit won (or the email was taken meanwhile: the unique index refused the second user).
    if (error instanceof InvitationRace || isUniqueViolation(error)) return { ok: false, reason: "used", therapistId };
    throw error;
  }
}

class InvitationRace extends Error {}
const isUniqueViolation = (error: unknown) => typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
