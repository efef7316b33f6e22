import "server-only";
import type { ChosenDose } from "@/lib/domain/dose/dose";
import { pgicFromNumber, type ScoreSet, type ScoreTimepoint } from "@/lib/domain/outcomes/scores";
import { asDispatchStatus, type DispatchStatus } from "@/lib/domain/referral-loop/status";
import type { LoopSessionForExport } from "@/lib/domain/loop-follow-up/loop-export";
import { adverseSeverities, scoreTimepoints, toleranceLabels, toleranceLevels, type AdverseSeverity } from "@/lib/domain/referral-loop/vocabulary";
import { doseFiguresSchema } from "@/lib/schemas/referral";

/**
 * Row → DTO mapping shared by the clinician's loop readers (referral page, needs attention, outcomes,
 * FHIR Bundle). The select shapes are here too, so every reader asks for the same columns.
 */

export const loopDispatchSelect = {
  id: true,
  referralId: true,
  status: true,
  sentAt: true,
  declineReason: true,
  dischargeNote: true,
  completedAt: true,
  statusChangedAt: true,
  therapist: { select: { id: true, name: true, practice: true, address: true, phone: true, email: true, licence: true } },
  events: { select: { at: true, toStatus: true, note: true }, orderBy: { at: "asc" as const } },
  sessions: {
    select: { id: true, sessionDate: true, minutes: true, techniques: true, areas: true, pressure: true, tolerance: true },
    // Same day: in the order logged. (A mutable array: Prisma's orderBy type refuses a readonly tuple.)
    orderBy: [{ sessionDate: "asc" }, { createdAt: "asc" }] as { sessionDate?: "asc"; createdAt?: "asc" }[],
  },
  scores: {
    select: { id: true, sessionId: true, timepoint: true, recordedOn: true, pain: true, pegPain: true, pegEnjoyment: true, pegActivity: true, pgic: true },
  },
  adverseEvents: {
    select: { id: true, sessionId: true, severity: true, description: true, occurredOn: true, acknowledgedAt: true },
    orderBy: { createdAt: "asc" as const },
  },
} as const;

export interface LoopDispatchRow {
  id: string;
  referralId: string;
  status: string;
  sentAt: Date;
  declineReason: string | null;
  dischargeNote: string | null;
  completedAt: Date | null;
  statusChangedAt: Date;
  therapist: { id: string; name: string; practice: string; address: string; phone: string; email: string; licence: string };
  events: { at: Date; toStatus: string; note: string | null }[];
  sessions: { id: string; sessionDate: string; minutes: number; techniques: string; areas: string; pressure: string; tolerance: string }[];
  scores: {
    id: string;
    sessionId: string | null;
    timepoint: string;
    recordedOn: string;
    pain: number;
    pegPain: number;
    pegEnjoyment: number;
    pegActivity: number;
    pgic: number | null;
  }[];
  adverseEvents: { id: string; sessionId: string | null; severity: string; description: string; occurredOn: string; acknowledgedAt: Date | null }[];
}

/** A JSON array of strings as stored; anything else reads as empty (never a crash on one bad row). */
export function stringList(raw: string): string[] {
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

const NO_DOSE: ChosenDose = { minutesPerSession: null, sessionsPerWeek: null, weeks: null, totalSessions: null };

/** The referral's final dose as stored (JSON); an unreadable one reads as "all open". */
export function storedDose(raw: string): ChosenDose {
  try {
    const parsed = doseFiguresSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : NO_DOSE;
  } catch {
    return NO_DOSE;
  }
}

function asTimepoint(value: string): ScoreTimepoint | null {
  return scoreTimepoints.find((t) => t === value) ?? null;
}

export function asSeverity(value: string): AdverseSeverity {
  // An unknown stored severity is shown as the worst, never hidden as mild.
  return adverseSeverities.find((s) => s === value) ?? "severe";
}

export function toScoreSets(rows: LoopDispatchRow["scores"]): (ScoreSet & { sessionId: string | null })[] {
  return rows.map((r) => ({
    id: r.id,
    sessionId: r.sessionId,
    recordedAt: r.recordedOn,
    timepoint: asTimepoint(r.timepoint),
    pain: r.pain,
    pegPain: r.pegPain,
    pegEnjoyment: r.pegEnjoyment,
    pegActivity: r.pegActivity,
    pgic: pgicFromNumber(r.pgic),
  }));
}

/** When the dispatch reached a status, from its event rows (the first such move). */
export function reachedAt(row: LoopDispatchRow, status: DispatchStatus): string | null {
  const event = row.events.find((e) => e.toStatus === status);
  return event ? event.at.toISOString() : null;
}

export function dispatchStatusOf(row: Pick<LoopDispatchRow, "status">): DispatchStatus {
  return asDispatchStatus(row.status);
}

/** The dispatch in force for a referral: the latest sent (earlier ones were declined). */
export function currentDispatch<T extends { sentAt: Date; id: string }>(rows: readonly T[]): T | null {
  return [...rows].sort((a, b) => b.sentAt.getTime() - a.sentAt.getTime() || (a.id < b.id ? 1 : -1))[0] ?? null;
}

/** A logged session with its lists parsed and its tolerance in words. */
export function toSession(s: LoopDispatchRow["sessions"][number]): LoopSessionForExport & { minutes: number; pressure: string; tolerance: string } {
  const tolerance = toleranceLevels.find((t) => t === s.tolerance);
  return {
    id: s.id,
    date: s.sessionDate,
    minutes: s.minutes,
    techniques: stringList(s.techniques),
    areas: stringList(s.areas),
    pressure: s.pressure,
    tolerance: tolerance ? toleranceLabels[tolerance] : s.tolerance,
  };
}
