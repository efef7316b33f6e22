import type * as fhir4 from "fhir/r4";
import { SNOMED_SYSTEM, UCUM_SYSTEM } from "@/lib/domain/referral/fhir";
import { PGIC_LABELS, pegScore } from "@/lib/domain/outcomes/scores";
import type { LoopAdverseEventForExport, LoopForExport, LoopScoreForExport, LoopSessionForExport } from "./loop-export";
import type { LoopStage } from "./needs-attention";
import { sessionsProgress } from "./timeline";

/**
 * The loop's own FHIR R4 resources: the Task that tracks the referral's fulfilment, a Procedure per
 * session and the outcome scores as Observations. The pattern is HL7's for closing a referral loop (SDOH
 * Clinical Care, TaskForReferralManagement: Task.focus = the ServiceRequest, Task.owner = the performer,
 * Task.output = the Procedures done); we follow it without claiming that US profile.
 *
 * Codes, each checked: task-code "fulfill" (FHIR R4 CodeSystem task-code); SNOMED CT 387854002 massage
 * (the referral's own code); LOINC 72514-3 "Pain severity - 0-10 verbal numeric rating [Score] -
 * Reported"; LOINC 91147-9 "Mean score [PEG]"; observation-category "survey"; adverse-event-severity
 * mild | moderate | severe (FHIR R4 AdverseEvent.severity's value set). The PEG items and the PGIC
 * travel as text only: their codes were not checked, and a wrong code is worse than none.
 */

export const LOINC_SYSTEM = "http://loinc.org";
const TASK_CODE_SYSTEM = "http://hl7.org/fhir/CodeSystem/task-code";
const OBSERVATION_CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/observation-category";
export const SESSION_ID_SYSTEM = "urn:massagerx:session";
export const SCORE_ID_SYSTEM = "urn:massagerx:score";

/** References into the bundle, by fullUrl. */
export interface LoopRefs {
  serviceRequest: string;
  patient: string;
  requester: string;
  therapist: string | null;
  procedure: (sessionId: string) => string;
}

/** Our loop stages onto FHIR R4 task-status. */
const taskStatus: Record<LoopStage, fhir4.Task["status"]> = {
  sent: "requested",
  accepted: "accepted",
  in_progress: "in-progress",
  completed: "completed",
  declined: "rejected",
};

function businessStatus(loop: LoopForExport): string {
  const progress = `${sessionsProgress(loop.sessions.length, loop.sessionsPrescribed)} given`;
  switch (loop.stage) {
    case "sent":
      return "Sent, awaiting the therapist's answer";
    case "accepted":
      return "Accepted, no session yet";
    case "in_progress":
      return `In progress: ${progress}`;
    case "completed":
      return `Course completed: ${progress}`;
    case "declined":
      return "Declined by the therapist";
  }
}

export function toFhirTask(loop: LoopForExport, refs: LoopRefs, authoredOn: string): fhir4.Task {
  const firstSession = [...loop.sessions].sort((a, b) => Date.parse(a.date) - Date.parse(b.date))[0];
  const start = firstSession?.date ?? loop.acceptedAt;
  const period: fhir4.Period = { ...(start ? { start } : {}), ...(loop.completedAt ? { end: loop.completedAt } : {}) };
  const reason = loop.declineReason?.trim();
  return {
    resourceType: "Task",
    status: taskStatus[loop.stage],
    ...(loop.stage === "declined" ? { statusReason: { text: reason || "No reason given" } } : {}),
    businessStatus: { text: businessStatus(loop) },
    intent: "order",
    code: { coding: [{ system: TASK_CODE_SYSTEM, code: "fulfill" }], text: "Fulfil the massage therapy referral" },
    focus: { reference: refs.serviceRequest },
    basedOn: [{ reference: refs.serviceRequest }],
    for: { reference: refs.patient },
    authoredOn: loop.sentAt ?? authoredOn,
    ...(loop.lastModified ? { lastModified: loop.lastModified } : {}),
    requester: { reference: refs.requester },
    ...(refs.therapist ? { owner: { reference: refs.therapist } } : {}),
    ...(Object.keys(period).length > 0 ? { executionPeriod: period } : {}),
    ...(loop.dischargeNote?.trim() ? { note: [{ text: `Discharge note: ${loop.dischargeNote.trim()}` }] } : {}),
    ...(loop.sessions.length > 0
      ? {
          output: loop.sessions.map((s) => ({
            type: { text: "Massage therapy session given" },
            valueReference: { reference: refs.procedure(s.id) },
          })),
        }
      : {}),
  };
}

function sessionNotes(session: LoopSessionForExport): fhir4.Annotation[] {
  const lines = [
    session.minutes !== null ? `${session.minutes} minutes` : null,
    session.techniques.length > 0 ? `Techniques: ${session.techniques.join(", ")}` : null,
    session.pressure ? `Pressure: ${session.pressure}` : null,
    session.tolerance ? `Tolerance: ${session.tolerance}` : null,
  ];
  return lines.filter((l): l is string => l !== null).map((text) => ({ text }));
}

export function toFhirProcedure(
  session: LoopSessionForExport,
  adverseEvents: readonly LoopAdverseEventForExport[],
  refs: LoopRefs,
): fhir4.Procedure {
  const notes = sessionNotes(session);
  const complications = adverseEvents.filter((e) => e.sessionId === session.id);
  return {
    resourceType: "Procedure",
    identifier: [{ system: SESSION_ID_SYSTEM, value: session.id }],
    basedOn: [{ reference: refs.serviceRequest }],
    status: "completed",
    code: { coding: [{ system: SNOMED_SYSTEM, code: "387854002" }], text: "Massage therapy session" },
    subject: { reference: refs.patient },
    performedDateTime: session.date,
    ...(refs.therapist ? { performer: [{ actor: { reference: refs.therapist } }] } : {}),
    ...(session.areas.length > 0 ? { bodySite: session.areas.map((text) => ({ text })) } : {}),
    ...(complications.length > 0
      ? { complication: complications.map((e) => ({ text: `Adverse event (${e.severity}): ${e.description}` })) }
      : {}),
    ...(notes.length > 0 ? { note: notes } : {}),
  };
}

const ADVERSE_SEVERITY_SYSTEM = "http://terminology.hl7.org/CodeSystem/adverse-event-severity";
export const ADVERSE_EVENT_ID_SYSTEM = "urn:massagerx:adverse-event";

/** An adverse event the therapist reported, as an R4 AdverseEvent (the session as the suspect entity). */
export function toFhirAdverseEvent(event: LoopAdverseEventForExport, refs: LoopRefs): fhir4.AdverseEvent {
  return {
    resourceType: "AdverseEvent",
    identifier: { system: ADVERSE_EVENT_ID_SYSTEM, value: event.id },
    actuality: "actual",
    event: { text: event.description },
    subject: { reference: refs.patient },
    date: event.occurredOn,
    severity: { coding: [{ system: ADVERSE_SEVERITY_SYSTEM, code: event.severity }], text: event.severity },
    ...(refs.therapist ? { recorder: { reference: refs.therapist } } : {}),
    ...(event.sessionId ? { suspectEntity: [{ instance: { reference: refs.procedure(event.sessionId) } }] } : {}),
  };
}

const surveyCategory: fhir4.CodeableConcept[] = [{ coding: [{ system: OBSERVATION_CATEGORY_SYSTEM, code: "survey" }], text: "Survey" }];
const scoreUnit = (value: number): fhir4.Quantity => ({ value, unit: "score", system: UCUM_SYSTEM, code: "{score}" });

/** The score set's measures as Observations: pain NRS, PEG (with its three items) and PGIC, each when recorded. */
export function toFhirObservations(score: LoopScoreForExport, refs: LoopRefs): fhir4.Observation[] {
  const common = {
    resourceType: "Observation" as const,
    status: "final" as const,
    category: surveyCategory,
    subject: { reference: refs.patient },
    basedOn: [{ reference: refs.serviceRequest }],
    ...(score.sessionId ? { partOf: [{ reference: refs.procedure(score.sessionId) }] } : {}),
    effectiveDateTime: score.recordedAt,
    ...(refs.therapist ? { performer: [{ reference: refs.therapist }] } : {}),
  };
  const id = (measure: string): fhir4.Identifier[] => [{ system: SCORE_ID_SYSTEM, value: `${score.id}:${measure}` }];
  const out: fhir4.Observation[] = [];
  if (score.pain !== null) {
    out.push({
      ...common,
      identifier: id("pain"),
      code: { coding: [{ system: LOINC_SYSTEM, code: "72514-3" }], text: "Pain severity 0-10 (numerical rating scale)" },
      valueQuantity: scoreUnit(score.pain),
    });
  }
  const peg = pegScore(score);
  const item = (text: string, value: number | null): fhir4.ObservationComponent[] =>
    value === null ? [] : [{ code: { text }, valueQuantity: scoreUnit(value) }];
  const items = [
    ...item("PEG: average pain in the past week (0-10)", score.pegPain),
    ...item("PEG: interference with enjoyment of life (0-10)", score.pegEnjoyment),
    ...item("PEG: interference with general activity (0-10)", score.pegActivity),
  ];
  if (peg !== null) {
    out.push({
      ...common,
      identifier: id("peg"),
      code: { coding: [{ system: LOINC_SYSTEM, code: "91147-9" }], text: "PEG-3 mean score (pain, enjoyment of life, general activity)" },
      valueQuantity: scoreUnit(Math.round(peg * 100) / 100),
      component: items,
    });
  } else if (items.length > 0) {
    // A partial PEG has no mean score (scores.ts, rule 3); the items recorded still travel, uncoded.
    out.push({ ...common, identifier: id("peg-items"), code: { text: "PEG-3 items (incomplete: no mean score)" }, component: items });
  }
  if (score.pgic !== null) {
    out.push({
      ...common,
      identifier: id("pgic"),
      code: { text: "Patient Global Impression of Change (7-point)" },
      valueCodeableConcept: { text: PGIC_LABELS[score.pgic] },
    });
  }
  return out;
}
