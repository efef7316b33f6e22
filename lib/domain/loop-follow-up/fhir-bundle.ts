import type * as fhir4 from "fhir/r4";
import { toFhirServiceRequest, type ReferralForExport } from "@/lib/domain/referral/fhir";
import { toFhirAdverseEvent, toFhirObservations, toFhirProcedure, toFhirTask, type LoopRefs } from "./fhir-loop-resources";
import type { LoopForExport, LoopTherapist } from "./loop-export";
import { nameUuid } from "./name-uuid";

/**
 * The whole referral loop as one FHIR R4 Bundle (type collection): the referral's ServiceRequest (the
 * same one the single-referral FHIR download gives), the patient, the referring clinician and the
 * therapist, the Task tracking its fulfilment, a Procedure per session (basedOn the ServiceRequest), the
 * outcome scores as Observations and each adverse event as an AdverseEvent.
 *
 * The single-referral ServiceRequest carries its patient and requester as contained resources; here the
 * Task, Procedures and Observations must point at the same patient, so they are lifted out into entries
 * of their own and every reference is the entry's `urn:uuid:` fullUrl. Those UUIDs are name-based on
 * our ids, so exporting the same loop twice gives the same fullUrls.
 */
export function toFhirLoopBundle(referral: ReferralForExport, loop: LoopForExport | null, timestamp: string): fhir4.Bundle {
  const url = (kind: string, id: string) => `urn:uuid:${nameUuid(`${kind}:${id}`)}`;
  const refs: LoopRefs = {
    serviceRequest: url("ServiceRequest", referral.id),
    patient: url("Patient", referral.id),
    requester: url("Practitioner/requester", referral.id),
    therapist: loop?.therapist ? url("Practitioner/therapist", loop.therapist.id) : null,
    procedure: (sessionId) => url("Procedure", sessionId),
  };

  const { contained = [], ...request } = toFhirServiceRequest(referral);
  const patient = contained.find((r): r is fhir4.Patient => r.resourceType === "Patient");
  const requester = contained.find((r): r is fhir4.Practitioner => r.resourceType === "Practitioner");
  const serviceRequest: fhir4.ServiceRequest = {
    ...request,
    subject: { ...request.subject, reference: refs.patient },
    ...(request.requester ? { requester: { ...request.requester, reference: refs.requester } } : {}),
    ...(loop?.therapist && refs.therapist ? { performer: [{ reference: refs.therapist, display: loop.therapist.name }] } : {}),
  };

  const entries: fhir4.BundleEntry[] = [
    { fullUrl: refs.serviceRequest, resource: serviceRequest },
    ...(patient ? [{ fullUrl: refs.patient, resource: withoutId(patient) }] : []),
    ...(requester ? [{ fullUrl: refs.requester, resource: withoutId(requester) }] : []),
    ...(loop ? loopEntries(loop, refs, url, referral) : []),
  ];

  return {
    resourceType: "Bundle",
    identifier: { system: "urn:massagerx:loop-bundle", value: referral.id },
    type: "collection",
    timestamp,
    entry: entries,
  };
}

/** The sent referral's own entries: therapist, Task, Procedures, AdverseEvents and Observations. */
function loopEntries(
  loop: LoopForExport,
  refs: LoopRefs,
  url: (kind: string, id: string) => string,
  referral: ReferralForExport,
): fhir4.BundleEntry[] {
  return [
    ...(loop.therapist && refs.therapist ? [{ fullUrl: refs.therapist, resource: therapistPractitioner(loop.therapist) }] : []),
    { fullUrl: url("Task", referral.id), resource: toFhirTask(loop, refs, referral.createdAt) },
    ...loop.sessions.map((s) => ({ fullUrl: refs.procedure(s.id), resource: toFhirProcedure(s, loop.adverseEvents, refs) })),
    ...loop.adverseEvents.map((e) => ({ fullUrl: url("AdverseEvent", e.id), resource: toFhirAdverseEvent(e, refs) })),
    ...loop.scores.flatMap((score) =>
      toFhirObservations(score, refs).map((obs) => ({
        fullUrl: url("Observation", obs.identifier?.[0]?.value ?? score.id),
        resource: obs,
      })),
    ),
  ];
}

/** A contained resource's local id ("patient") means nothing outside its container. */
function withoutId<T extends fhir4.Patient | fhir4.Practitioner>(resource: T): T {
  const copy = { ...resource };
  delete copy.id;
  return copy;
}

function therapistPractitioner(therapist: LoopTherapist): fhir4.Practitioner {
  const telecom: fhir4.ContactPoint[] = [];
  if (therapist.phone) telecom.push({ system: "phone", value: therapist.phone, use: "work" });
  if (therapist.email) telecom.push({ system: "email", value: therapist.email, use: "work" });
  return {
    resourceType: "Practitioner",
    name: [{ text: therapist.name }],
    ...(telecom.length > 0 ? { telecom } : {}),
    ...(therapist.credentials ? { qualification: [{ code: { text: therapist.credentials } }] } : {}),
    ...(therapist.address ? { address: [{ text: therapist.address }] } : {}),
  };
}
