import type { ScoreSet } from "@/lib/domain/outcomes/scores";
import type { AdverseEventSeverity, LoopStage } from "./needs-attention";

/** A referral's loop as the FHIR Bundle export needs it: a plain DTO the data layer fills. */
export interface LoopForExport {
  stage: LoopStage;
  therapist: LoopTherapist | null;
  /** ISO 8601 date-times; null where the step has not happened. */
  sentAt: string | null;
  acceptedAt: string | null;
  declinedAt: string | null;
  declineReason: string | null;
  completedAt: string | null;
  dischargeNote: string | null;
  /** When the loop last changed (the Task's lastModified). */
  lastModified: string | null;
  sessionsPrescribed: number | null;
  sessions: LoopSessionForExport[];
  scores: LoopScoreForExport[];
  adverseEvents: LoopAdverseEventForExport[];
}

export interface LoopAdverseEventForExport {
  id: string;
  /** ISO 8601 date it happened. */
  occurredOn: string;
  severity: AdverseEventSeverity;
  description: string;
  /** The session it happened at, when there was one. */
  sessionId: string | null;
}

export interface LoopTherapist {
  id: string;
  name: string;
  practice: string | null;
  /** The practice's address as one line. */
  address: string | null;
  email: string | null;
  phone: string | null;
  credentials: string | null;
}

export interface LoopSessionForExport {
  id: string;
  /** ISO 8601 date (YYYY-MM-DD) or date-time the session was given. */
  date: string;
  minutes: number | null;
  techniques: string[];
  areas: string[];
  pressure: string | null;
  /** How the patient tolerated it, in the therapist's words. */
  tolerance: string | null;
}

/** A score set, with the session it was taken at when there was one. */
export interface LoopScoreForExport extends ScoreSet {
  sessionId: string | null;
}
