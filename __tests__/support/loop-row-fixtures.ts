import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/create-client";

/**
 * A referral's loop written straight into the real test database, row by row as 16a's actions store it
 * (ReferralDispatch + DispatchEvent per move, TherapySession, OutcomeScore, AdverseEvent), so the
 * clinician-side readers can be tested on every stage without driving the therapist's pages.
 */
export async function createTherapistFixture(db: Db, name = "Terry Therapist") {
  return db.therapist.create({
    data: {
      name,
      practice: "Riverside Massage",
      address: "1 River St",
      phone: "555-0199",
      email: `${randomUUID()}@therapist.test`,
      licence: "LMT 12345",
    },
  });
}

export interface LoopFixture {
  referralId: string;
  clinicianId: string;
  therapistId: string;
  status: "sent" | "accepted" | "declined" | "in_progress" | "completed";
  sentAt: Date;
  /** Moves after sending, in order, each with its time (and note for a decline). */
  moves?: { to: "accepted" | "declined" | "in_progress" | "completed"; at: Date; note?: string }[];
  sessions?: {
    date: string;
    minutes?: number;
    adverse?: { severity: "mild" | "moderate" | "severe"; description: string; acknowledged?: boolean };
  }[];
  /** Pain and the three PEG items, per score set; PGIC 1-7 or null. */
  scores?: {
    on: string;
    timepoint: "first" | "interim" | "final";
    pain: number;
    peg: [number, number, number];
    pgic?: number | null;
    session?: number;
  }[];
  declineReason?: string;
  dischargeNote?: string;
}

export async function createLoopFixture(db: Db, f: LoopFixture) {
  const completedAt = f.moves?.find((m) => m.to === "completed")?.at ?? null;
  const last = f.moves?.[f.moves.length - 1]?.at ?? f.sentAt;
  const dispatch = await db.referralDispatch.create({
    data: {
      referralId: f.referralId,
      therapistId: f.therapistId,
      sentById: f.clinicianId,
      sentAt: f.sentAt,
      status: f.status,
      statusChangedAt: last,
      declineReason: f.declineReason ?? null,
      dischargeNote: f.dischargeNote ?? null,
      completedAt,
    },
  });
  await db.dispatchEvent.create({
    data: { dispatchId: dispatch.id, at: f.sentAt, userId: f.clinicianId, fromStatus: null, toStatus: "sent" },
  });
  let from = "sent";
  for (const m of f.moves ?? []) {
    await db.dispatchEvent.create({
      data: { dispatchId: dispatch.id, at: m.at, userId: f.clinicianId, fromStatus: from, toStatus: m.to, note: m.note ?? null },
    });
    from = m.to;
  }
  const sessionIds: string[] = [];
  for (const s of f.sessions ?? []) {
    const row = await db.therapySession.create({
      data: {
        dispatchId: dispatch.id,
        idempotencyKey: randomUUID(),
        sessionDate: s.date,
        minutes: s.minutes ?? 60,
        techniques: JSON.stringify(["Swedish"]),
        areas: JSON.stringify(["Right knee"]),
        pressure: "moderate",
        tolerance: "well",
        createdById: f.clinicianId,
      },
    });
    sessionIds.push(row.id);
    if (s.adverse) {
      await db.adverseEvent.create({
        data: {
          dispatchId: dispatch.id,
          sessionId: row.id,
          clinicianId: f.clinicianId,
          severity: s.adverse.severity,
          description: s.adverse.description,
          occurredOn: s.date,
          createdById: f.clinicianId,
          acknowledgedAt: s.adverse.acknowledged ? new Date() : null,
        },
      });
    }
  }
  for (const sc of f.scores ?? []) {
    await db.outcomeScore.create({
      data: {
        dispatchId: dispatch.id,
        sessionId: sc.session === undefined ? null : (sessionIds[sc.session] ?? null),
        idempotencyKey: randomUUID(),
        timepoint: sc.timepoint,
        recordedOn: sc.on,
        pain: sc.pain,
        pegPain: sc.peg[0],
        pegEnjoyment: sc.peg[1],
        pegActivity: sc.peg[2],
        pgic: sc.pgic ?? null,
        createdById: f.clinicianId,
      },
    });
  }
  return dispatch;
}
