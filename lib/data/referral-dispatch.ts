import "server-only";
import { createHash, randomBytes, randomInt } from "node:crypto";
import { db } from "@/lib/db/client";
import { asDispatchStatus, canSendReferral } from "@/lib/domain/referral-loop/status";
import { rankTherapists, trainingNeeds, type RankedTherapist } from "@/lib/domain/referral-loop/training";
import { appBaseUrl, sendMail } from "./mailer";
import { parseStoredIntake } from "./referral-export";
import type { ReferralViewer } from "./referrals";
import { listTherapists, type TherapistEntry } from "./therapists";

/** Crockford base32 without I, L, O, U: read aloud or typed from paper without confusion. */
const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export function newShortCode(): string {
  let code = "";
  for (let i = 0; i < 8; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export const INVITATION_DAYS = 14;
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The clinician's own final or sent referral, for sending. */
async function sendableReferral(viewer: ReferralViewer, referralId: string) {
  if (viewer.role !== "CLINICIAN" || !/^[A-Za-z0-9_-]{1,64}$/.test(referralId)) return null;
  return db.referral.findFirst({
    where: { id: referralId, clinicianId: viewer.id },
    select: { id: true, status: true, intake: true, shortCode: true, dispatches: { select: { status: true, therapistId: true } } },
  });
}

/**
 * The therapists to offer for this referral, best fit first with the reason (lib/domain/referral-loop/
 * training.ts). The precautions are the safety rules ticked on the intake, plus pregnancy.
 */
export async function rankTherapistsForReferral(viewer: ReferralViewer, referralId: string): Promise<RankedTherapist<TherapistEntry>[] | null> {
  const referral = await sendableReferral(viewer, referralId);
  if (!referral) return null;
  const intake = parseStoredIntake(referral.intake);
  const codes = [...intake.safetyFindings, ...(intake.pregnant ? ["pregnancy"] : [])];
  const declinedBy = new Set(referral.dispatches.filter((d) => d.status === "declined").map((d) => d.therapistId));
  const therapists = (await listTherapists(viewer)).filter((t) => !declinedBy.has(t.id));
  return rankTherapists(therapists, trainingNeeds(codes));
}

export type SendOutcome =
  | { ok: true; dispatchId: string; shortCode: string; invited: boolean }
  | { ok: false; reason: "not-found" | "not-sendable" | "already-sent" | "therapist-not-found" };

/**
 * Sends the clinician's referral to a therapist: records recipient and time, moves a final referral to
 * "sent", gives the referral its short code, and mails the therapist — an invitation that creates their
 * account on first use, or a notice when they already have one. Mail holds no patient details.
 */
export async function sendReferralToTherapist(viewer: ReferralViewer & { name: string }, referralId: string, therapistId: string): Promise<SendOutcome> {
  const referral = await sendableReferral(viewer, referralId);
  if (!referral) return { ok: false, reason: "not-found" };
  if (referral.status !== "final" && referral.status !== "sent") return { ok: false, reason: "not-sendable" };
  if (!canSendReferral(referral.dispatches.map((d) => asDispatchStatus(d.status)))) return { ok: false, reason: "already-sent" };
  const ranked = await rankTherapistsForReferral(viewer, referralId);
  const choice = ranked?.find((r) => r.therapist.id === therapistId);
  if (!choice) return { ok: false, reason: "therapist-not-found" };
  const therapist = await db.therapist.findUniqueOrThrow({ where: { id: therapistId }, select: { id: true, email: true, name: true, userId: true } });
  const shortCode = referral.shortCode ?? newShortCode();

  const dispatch = await db.$transaction(async (tx) => {
    const created = await tx.referralDispatch.create({
      data: { referralId, therapistId, sentById: viewer.id, matchReason: choice.reason },
      select: { id: true },
    });
    await tx.dispatchEvent.create({ data: { dispatchId: created.id, userId: viewer.id, fromStatus: null, toStatus: "sent" } });
    if (!referral.shortCode) await tx.referral.update({ where: { id: referralId }, data: { shortCode } });
    if (referral.status === "final") {
      const moved = await tx.referral.updateMany({ where: { id: referralId, clinicianId: viewer.id, status: "final" }, data: { status: "sent" } });
      if (moved.count === 1) {
        await tx.referralEvent.create({ data: { referralId, userId: viewer.id, fromStatus: "final", toStatus: "sent", note: `Sent to ${therapist.name}` } });
      }
    }
    return created;
  });

  const invited = therapist.userId === null;
  if (invited) {
    const token = randomBytes(32).toString("base64url");
    await db.therapistInvitation.create({
      data: { therapistId, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000), createdById: viewer.id },
    });
    await sendMail({
      kind: "therapist-invitation",
      to: therapist.email,
      subject: "A referral is waiting for you in MassageRx",
      text: `${viewer.name} has sent you a massage therapy referral through MassageRx.\n\nCreate your account to open it (this link works once, for ${INVITATION_DAYS} days):\n${appBaseUrl()}/invite/${token}\n\nThe referral's details are shown only after you sign in.`,
    });
  } else {
    await sendMail({
      kind: "referral-sent",
      to: therapist.email,
      subject: "A new referral is waiting for you in MassageRx",
      text: `${viewer.name} has sent you a massage therapy referral. Sign in to see it:\n${appBaseUrl()}/therapist`,
    });
  }
  return { ok: true, dispatchId: dispatch.id, shortCode, invited };
}
