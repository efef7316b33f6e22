import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { asDispatchStatus, canSendReferral, type DispatchStatus } from "@/lib/domain/referral-loop/status";
import type { AdverseSeverity, Pressure, ScoreTimepoint, Tolerance } from "@/lib/domain/referral-loop/vocabulary";
import { adverseSeverities, pressureLevels, scoreTimepoints, toleranceLevels } from "@/lib/domain/referral-loop/vocabulary";
import type { ReferralViewer } from "./referrals";

/** Stored JSON string arrays (techniques, areas, training, languages); a damaged cell reads as empty. */
export const storedList = z.array(z.string()).catch([]);
export function parseList(raw: string): string[] {
  try {
    return storedList.parse(JSON.parse(raw));
  } catch {
    return [];
  }
}

function oneOf<T extends string>(values: readonly T[], raw: string): T {
  const found = values.find((v) => v === raw);
  if (!found) throw new Error(`Unexpected stored value "${raw}"`);
  return found;
}

export interface LoopSession {
  id: string;
  sessionDate: string;
  minutes: number;
  techniques: string[];
  areas: string[];
  pressure: Pressure;
  tolerance: Tolerance;
  notes: string;
  createdAt: string;
}

export interface LoopScore {
  id: string;
  sessionId: string | null;
  timepoint: ScoreTimepoint;
  recordedOn: string;
  pain: number;
  pegPain: number;
  pegEnjoyment: number;
  pegActivity: number;
  pgic: number | null;
}

export interface LoopAdverseEvent {
  id: string;
  sessionId: string | null;
  severity: AdverseSeverity;
  description: string;
  occurredOn: string;
  createdAt: string;
  acknowledgedAt: string | null;
}

export interface LoopEvent {
  at: string;
  fromStatus: DispatchStatus | null;
  toStatus: DispatchStatus;
  note: string | null;
}

export interface LoopDispatch {
  id: string;
  status: DispatchStatus;
  therapist: { id: string; name: string; practice: string; phone: string; email: string };
  sentAt: string;
  matchReason: string | null;
  declineReason: string | null;
  dischargeNote: string | null;
  completedAt: string | null;
  events: LoopEvent[];
  sessions: LoopSession[];
  scores: LoopScore[];
  adverseEvents: LoopAdverseEvent[];
}

export interface ReferralLoopView {
  referralId: string;
  shortCode: string | null;
  /** The owning clinician may send it (again): never sent, or every therapist so far declined. */
  canSend: boolean;
  /** Oldest first. A therapist sees only the dispatches sent to them. */
  dispatches: LoopDispatch[];
}

/**
 * Who may see a referral's loop: its clinician, an admin (read only), or a therapist it was sent to
 * (their own dispatches only). Everyone else — another clinician, another therapist — gets null.
 */
function referralScope(viewer: ReferralViewer) {
  if (viewer.role === "ADMIN") return {};
  if (viewer.role === "THERAPIST") return { dispatches: { some: { therapist: { userId: viewer.id } } } };
  return { clinicianId: viewer.id };
}

function dispatchScope(viewer: ReferralViewer) {
  return viewer.role === "THERAPIST" ? { therapist: { userId: viewer.id } } : {};
}

const loopInclude = {
  therapist: { select: { id: true, name: true, practice: true, phone: true, email: true } },
  events: { orderBy: { at: "asc" as const } },
  sessions: { orderBy: [{ sessionDate: "asc" }, { createdAt: "asc" }] },
  scores: { orderBy: [{ recordedOn: "asc" }, { createdAt: "asc" }] },
  adverseEvents: { orderBy: { createdAt: "asc" } },
} satisfies Prisma.ReferralDispatchInclude;

/** The loop of one referral for the viewer, or null when they may not see it (callers answer 404). */
export async function getReferralLoop(viewer: ReferralViewer, referralId: string): Promise<ReferralLoopView | null> {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(referralId)) return null;
  const row = await db.referral.findFirst({
    where: { id: referralId, ...referralScope(viewer) },
    select: {
      id: true,
      status: true,
      clinicianId: true,
      shortCode: true,
      dispatches: { where: dispatchScope(viewer), orderBy: { sentAt: "asc" }, include: loopInclude },
    },
  });
  if (!row) return null;
  const dispatches = row.dispatches.map(toLoopDispatch);
  const owner = viewer.role === "CLINICIAN" && row.clinicianId === viewer.id;
  return {
    referralId: row.id,
    shortCode: row.shortCode,
    canSend: owner && ["final", "sent"].includes(row.status) && canSendReferral(dispatches.map((d) => d.status)),
    dispatches,
  };
}

type DispatchRow = Prisma.ReferralDispatchGetPayload<{ include: typeof loopInclude }>;

export function toLoopDispatch(d: DispatchRow): LoopDispatch {
  return {
    id: d.id,
    status: asDispatchStatus(d.status),
    therapist: d.therapist,
    sentAt: d.sentAt.toISOString(),
    matchReason: d.matchReason,
    declineReason: d.declineReason,
    dischargeNote: d.dischargeNote,
    completedAt: d.completedAt?.toISOString() ?? null,
    events: d.events.map((e) => ({
      at: e.at.toISOString(),
      fromStatus: e.fromStatus === null ? null : asDispatchStatus(e.fromStatus),
      toStatus: asDispatchStatus(e.toStatus),
      note: e.note,
    })),
    sessions: d.sessions.map((s) => ({
      id: s.id,
      sessionDate: s.sessionDate,
      minutes: s.minutes,
      techniques: parseList(s.techniques),
      areas: parseList(s.areas),
      pressure: oneOf(pressureLevels, s.pressure),
      tolerance: oneOf(toleranceLevels, s.tolerance),
      notes: s.notes,
      createdAt: s.createdAt.toISOString(),
    })),
    scores: d.scores.map((s) => ({
      id: s.id,
      sessionId: s.sessionId,
      timepoint: oneOf(scoreTimepoints, s.timepoint),
      recordedOn: s.recordedOn,
      pain: s.pain,
      pegPain: s.pegPain,
      pegEnjoyment: s.pegEnjoyment,
      pegActivity: s.pegActivity,
      pgic: s.pgic,
    })),
    adverseEvents: d.adverseEvents.map((a) => ({
      id: a.id,
      sessionId: a.sessionId,
      severity: oneOf(adverseSeverities, a.severity),
      description: a.description,
      occurredOn: a.occurredOn,
      createdAt: a.createdAt.toISOString(),
      acknowledgedAt: a.acknowledgedAt?.toISOString() ?? null,
    })),
  };
}
