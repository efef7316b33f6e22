/**
 * The referral loop as a FHIR R4 Bundle: every resource (and the Bundle itself) passes Medplum's
 * independent R4 validator; every reference resolves to an entry of the bundle; the Task, Procedures and
 * Observations carry what the issue asks (status, owner, businessStatus, focus/basedOn the ServiceRequest)
 * and only codes that were checked.
 */
import type * as fhir4 from "fhir/r4";
import fc from "fast-check";
import { toFhirLoopBundle } from "@/lib/domain/loop-follow-up/fhir-bundle";
import type { LoopForExport, LoopScoreForExport, LoopSessionForExport } from "@/lib/domain/loop-follow-up/loop-export";
import { nameUuid } from "@/lib/domain/loop-follow-up/name-uuid";
import { PGIC_CATEGORIES } from "@/lib/domain/outcomes/scores";
import { fhirR4Issues } from "../support/fhir-validator";
import { sheetDataFixture } from "../support/referral-fixtures";

const referral = sheetDataFixture({});
const TIMESTAMP = "2026-03-20T08:00:00.000Z";

function session(id: string, date: string): LoopSessionForExport {
  return {
    id,
    date,
    minutes: 60,
    techniques: ["Swedish", "myofascial release"],
    areas: ["Right knee", "Thigh"],
    pressure: "moderate",
    tolerance: "Well",
  };
}

function scores(
  id: string,
  sessionId: string | null,
  at: string,
  pain: number,
  peg: [number, number, number] | null,
  pgic: LoopScoreForExport["pgic"] = null,
): LoopScoreForExport {
  return {
    id,
    sessionId,
    recordedAt: at,
    pain,
    pegPain: peg?.[0] ?? null,
    pegEnjoyment: peg?.[1] ?? null,
    pegActivity: peg?.[2] ?? null,
    pgic,
  };
}

const inProgress: LoopForExport = {
  stage: "in_progress",
  therapist: {
    id: "th1",
    name: "Terry Therapist, LMT",
    practice: "Riverside Massage",
    address: "1 River St",
    email: "therapist@massagerx.test",
    phone: "555-0199",
    credentials: "LMT 12345",
  },
  sentAt: "2026-03-15T11:00:00.000Z",
  acceptedAt: "2026-03-16T09:00:00.000Z",
  declinedAt: null,
  declineReason: null,
  completedAt: null,
  dischargeNote: null,
  lastModified: "2026-03-19T10:00:00.000Z",
  sessionsPrescribed: 8,
  sessions: [session("se1", "2026-03-17"), session("se2", "2026-03-18"), session("se3", "2026-03-19")],
  adverseEvents: [{ id: "ae1", occurredOn: "2026-03-19", severity: "moderate", description: "Bruising at the thigh", sessionId: "se3" }],
  scores: [
    scores("sc1", "se1", "2026-03-17T10:00:00.000Z", 7, [7, 6, 8]),
    scores("sc2", "se3", "2026-03-19T10:00:00.000Z", 5, [5, 4, 5], "minimally-improved"),
  ],
};

const resources = (bundle: fhir4.Bundle) => (bundle.entry ?? []).map((e) => e.resource as fhir4.FhirResource);
const ofType = <T extends fhir4.FhirResource["resourceType"]>(bundle: fhir4.Bundle, type: T) =>
  resources(bundle).filter((r): r is Extract<fhir4.FhirResource, { resourceType: T }> => r.resourceType === type);

/** Every "reference" string anywhere in the bundle. */
function references(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => references(v, out));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "reference" && typeof v === "string") out.push(v);
      else references(v, out);
    }
  }
  return out;
}

// The validator checks structure, types and reference targets but not every required code binding (a
// bogus Task.status passes it), so the status codes are checked against R4's value sets here.
const R4_TASK_STATUS = [
  "draft",
  "requested",
  "received",
  "accepted",
  "rejected",
  "ready",
  "cancelled",
  "in-progress",
  "on-hold",
  "failed",
  "completed",
  "entered-in-error",
];
const R4_EVENT_STATUS = ["preparation", "in-progress", "not-done", "on-hold", "stopped", "completed", "entered-in-error", "unknown"];

function expectValidAndResolved(bundle: fhir4.Bundle): void {
  expect(fhirR4Issues(bundle)).toEqual([]);
  for (const t of ofType(bundle, "Task")) expect(R4_TASK_STATUS).toContain(t.status);
  for (const p of ofType(bundle, "Procedure")) expect(R4_EVENT_STATUS).toContain(p.status);
  for (const o of ofType(bundle, "Observation")) expect(o.status).toBe("final");
  for (const r of resources(bundle))
    expect({ type: r.resourceType, issues: fhirR4Issues(r) }).toEqual({ type: r.resourceType, issues: [] });
  const fullUrls = (bundle.entry ?? []).map((e) => e.fullUrl);
  expect(new Set(fullUrls).size).toBe(fullUrls.length);
  for (const ref of references(bundle)) expect(fullUrls).toContain(ref);
}

describe("FHIR R4 Bundle of the referral loop", () => {
  const bundle = toFhirLoopBundle(referral, inProgress, TIMESTAMP);

  it("is valid R4, every resource is, and every reference resolves inside the bundle", () => {
    expect(bundle.type).toBe("collection");
    expectValidAndResolved(bundle);
  });

  it("carries the single-referral ServiceRequest, with its patient and requester lifted into entries", () => {
    const [request] = ofType(bundle, "ServiceRequest");
    expect(request?.id).toBe(referral.id);
    expect(request?.contained).toBeUndefined();
    expect(request?.occurrenceTiming?.repeat?.count).toBe(8);
    expect(ofType(bundle, "Patient")[0]?.name?.[0]?.text).toBe(referral.patient.name);
    expect(ofType(bundle, "Practitioner").map((p) => p.name?.[0]?.text)).toEqual([referral.clinician.name, "Terry Therapist, LMT"]);
  });

  it("has a Task for the fulfilment: status, owner, businessStatus, focus = the ServiceRequest", () => {
    const [task] = ofType(bundle, "Task");
    const srUrl = bundle.entry?.[0]?.fullUrl;
    const therapistUrl = bundle.entry?.find(
      (e) => e.resource?.resourceType === "Practitioner" && e.resource.name?.[0]?.text?.startsWith("Terry"),
    )?.fullUrl;
    expect(task?.status).toBe("in-progress");
    expect(task?.intent).toBe("order");
    expect(task?.code?.coding?.[0]).toEqual({ system: "http://hl7.org/fhir/CodeSystem/task-code", code: "fulfill" });
    expect(task?.focus?.reference).toBe(srUrl);
    expect(task?.owner?.reference).toBe(therapistUrl);
    expect(task?.businessStatus?.text).toBe("In progress: 3 of 8 sessions given");
    expect(task?.output).toHaveLength(3);
    expect(task?.executionPeriod?.start).toBe("2026-03-17");
  });

  it("has a Procedure per session, basedOn the ServiceRequest, with the adverse event as a complication", () => {
    const procedures = ofType(bundle, "Procedure");
    expect(procedures).toHaveLength(3);
    for (const p of procedures) expect(p.basedOn?.[0]?.reference).toBe(bundle.entry?.[0]?.fullUrl);
    expect(procedures.map((p) => p.performedDateTime)).toEqual(["2026-03-17", "2026-03-18", "2026-03-19"]);
    expect(procedures[2]?.complication?.[0]?.text).toBe("Adverse event (moderate): Bruising at the thigh");
    expect(procedures[0]?.note?.map((n) => n.text)).toEqual([
      "60 minutes",
      "Techniques: Swedish, myofascial release",
      "Pressure: moderate",
      "Tolerance: Well",
    ]);
  });

  it("has each adverse event as an AdverseEvent with its coded severity, the session as suspect", () => {
    const [event] = ofType(bundle, "AdverseEvent");
    const se3 = bundle.entry?.find(
      (e) => e.resource?.resourceType === "Procedure" && e.resource.performedDateTime === "2026-03-19",
    )?.fullUrl;
    expect(event?.actuality).toBe("actual");
    expect(event?.severity?.coding?.[0]).toEqual({
      system: "http://terminology.hl7.org/CodeSystem/adverse-event-severity",
      code: "moderate",
    });
    expect(event?.event?.text).toBe("Bruising at the thigh");
    expect(event?.suspectEntity?.[0]?.instance.reference).toBe(se3);
  });

  it("has the scores as Observations with checked LOINC codes only (PGIC as text)", () => {
    const obs = ofType(bundle, "Observation");
    const byCode = (code: string) => obs.filter((o) => o.code.coding?.[0]?.code === code);
    expect(byCode("72514-3").map((o) => o.valueQuantity?.value)).toEqual([7, 5]);
    expect(byCode("91147-9").map((o) => o.valueQuantity?.value)).toEqual([7, 4.67]);
    expect(byCode("91147-9")[0]?.component).toHaveLength(3);
    const pgic = obs.filter((o) => o.code.text?.startsWith("Patient Global Impression"));
    expect(pgic.map((o) => o.valueCodeableConcept?.text)).toEqual(["Minimally improved"]);
    expect(pgic[0]?.code.coding).toBeUndefined();
    const codes = new Set(obs.flatMap((o) => (o.code.coding ?? []).map((c) => `${c.system}|${c.code}`)));
    expect([...codes].sort()).toEqual(["http://loinc.org|72514-3", "http://loinc.org|91147-9"]);
  });

  it("gives the same fullUrls when exported twice (name-based UUIDs)", () => {
    const again = toFhirLoopBundle(referral, inProgress, "2026-04-01T00:00:00.000Z");
    expect(again.entry?.map((e) => e.fullUrl)).toEqual(bundle.entry?.map((e) => e.fullUrl));
    expect(nameUuid("x")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(nameUuid("x")).not.toBe(nameUuid("y"));
  });

  it("says a declined referral is rejected, with the reason, and has no sessions", () => {
    const declined = toFhirLoopBundle(
      referral,
      {
        ...inProgress,
        stage: "declined",
        acceptedAt: null,
        declinedAt: "2026-03-16T09:00:00.000Z",
        declineReason: "Not taking new patients",
        sessions: [],
        scores: [],
        adverseEvents: [],
      },
      TIMESTAMP,
    );
    expectValidAndResolved(declined);
    const [task] = ofType(declined, "Task");
    expect(task?.status).toBe("rejected");
    expect(task?.statusReason?.text).toBe("Not taking new patients");
    expect(ofType(declined, "Procedure")).toEqual([]);
  });

  it("carries the ServiceRequest alone for a referral never sent", () => {
    const unsent = toFhirLoopBundle(referral, null, TIMESTAMP);
    expectValidAndResolved(unsent);
    expect(resources(unsent).map((r) => r.resourceType)).toEqual(["ServiceRequest", "Patient", "Practitioner"]);
  });

  it("is valid for any loop the app can record (property)", () => {
    const item = fc.option(fc.integer({ min: 0, max: 10 }), { nil: null });
    const loopArb = fc.record({
      stage: fc.constantFrom("sent", "accepted", "in_progress", "completed", "declined" as const),
      sessionCount: fc.integer({ min: 0, max: 4 }),
      withTherapist: fc.boolean(),
      scoreItems: fc.array(fc.tuple(item, item, item, item, fc.option(fc.constantFrom(...PGIC_CATEGORIES), { nil: null })), {
        maxLength: 4,
      }),
      severity: fc.option(fc.constantFrom("mild", "moderate", "severe" as const), { nil: null }),
    });
    fc.assert(
      fc.property(loopArb, ({ stage, sessionCount, withTherapist, scoreItems, severity }) => {
        const sessions = Array.from({ length: sessionCount }, (_, i) => session(`se${i}`, `2026-03-${String(17 + i).padStart(2, "0")}`));
        const adverseEvents = severity
          ? [{ id: "ae", occurredOn: "2026-03-17", severity, description: "Soreness", sessionId: sessions[0]?.id ?? null }]
          : [];
        const loop: LoopForExport = {
          ...inProgress,
          stage,
          therapist: withTherapist ? inProgress.therapist : null,
          completedAt: stage === "completed" ? "2026-04-30T00:00:00.000Z" : null,
          dischargeNote: stage === "completed" ? "Discharged" : null,
          sessions,
          adverseEvents,
          scores: scoreItems.map(([pain, p, e, g, pgic], i) => ({
            id: `sc${i}`,
            sessionId: sessions[i]?.id ?? null,
            recordedAt: `2026-03-${String(17 + i).padStart(2, "0")}T10:00:00.000Z`,
            pain,
            pegPain: p,
            pegEnjoyment: e,
            pegActivity: g,
            pgic,
          })),
        };
        expectValidAndResolved(toFhirLoopBundle(referral, loop, TIMESTAMP));
      }),
      { numRuns: 40 },
    );
  });
});
