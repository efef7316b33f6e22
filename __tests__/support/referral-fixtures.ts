/**
 * Referral rows for tests, built with the real domain functions (buildCardForCondition over the seeded
 * evidence) and stored in the exact JSON shape createReferral writes. No database import here: the
 * component tests use the in-memory builder, the integration tests pass their real client.
 */
import { randomUUID } from "node:crypto";
import { loadCurrentEvidence } from "@/lib/data/evidence-store";
import { referralRow } from "@/lib/data/referral-row";
import { completeChosenDose } from "@/lib/domain/dose/dose";
import { toReferralForExport, type ReferralRowForExport } from "@/lib/data/referral-export";
import type { Db } from "@/lib/db/create-client";
import { buildCardForCondition, type SuggestionCard } from "@/lib/domain/referral/suggest";
import type { ReferralSheetData } from "@/lib/domain/referral/referral-sheet";
import type { EvidenceSnapshot } from "@/lib/schemas/evidence";
import type { IntakeInput } from "@/lib/schemas/intake";
import type { DoseInput, OverrideReason, ReferralStatus } from "@/lib/schemas/referral";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";

export interface ReferralFixtureOptions {
  slug?: string;
  intake?: Partial<IntakeInput>;
  /** Defaults to the card's dose (single figures: the minimum of each range). */
  finalDose?: DoseInput;
  status?: ReferralStatus;
  doseChanged?: boolean;
  overrideReason?: OverrideReason | null;
  overrideNote?: string | null;
  deferOverrideNote?: string | null;
  createdAt?: Date;
}

export function exampleIntake(overrides: Partial<IntakeInput> = {}): IntakeInput {
  return {
    patientName: "Maria Lopez",
    dateOfBirth: "1961-04-12",
    sex: "female",
    mrn: "MRN-1001",
    pregnant: false,
    pregnancyWeeks: null,
    prenatalTrainedTherapist: false,
    complaint: "Chronic bilateral knee OA, stiff after sitting",
    painLocations: ["knees"],
    duration: "3 years",
    painIntensity: 6,
    goals: "Walk to the market without stopping",
    safetyFindings: [],
    dismissedFindings: [],
    medications: "Paracetamol as needed",
    notes: "Prefers morning appointments",
    ...overrides,
  };
}

/** The card's figures (the minimum of a range, as a clinician might choose), total worked out as stored. */
function cardDose(card: SuggestionCard): DoseInput {
  return completeChosenDose({
    minutesPerSession: card.dose.minutesPerSession?.min ?? null,
    sessionsPerWeek: card.dose.sessionsPerWeek?.min ?? null,
    weeks: card.dose.weeks?.min ?? null,
    totalSessions: card.dose.totalSessions?.min ?? null,
  });
}

/** The `data` of db.referral.create, as createReferral (lib/data/referral-create.ts) stores it. */
export function referralRowData(snapshot: EvidenceSnapshot, clinicianId: string, options: ReferralFixtureOptions = {}) {
  const intake = exampleIntake(options.intake);
  const slug = options.slug ?? "knee-osteoarthritis";
  const card = buildCardForCondition(snapshot, slug, intake, null);
  if (!card) throw new Error(`no card for ${slug}`);
  return {
    ...referralRow(clinicianId, {
      idempotencyKey: randomUUID(),
      status: options.status ?? "final",
      intake,
      card,
      evidenceVersionId: snapshot.versionId,
      finalDose: options.finalDose ?? cardDose(card),
      doseChanged: options.doseChanged ?? false,
      overrideReason: options.overrideReason ?? null,
      overrideNote: options.overrideNote ?? null,
      deferOverrideNote: options.deferOverrideNote ?? null,
    }),
    ...(options.createdAt ? { createdAt: options.createdAt } : {}),
  };
}

/** A saved referral (with its "created" event) on the real test database, against the current evidence. */
export async function createReferralFixture(db: Db, clinicianId: string, options: ReferralFixtureOptions = {}) {
  const snapshot = await loadCurrentEvidence(db);
  if (!snapshot) throw new Error("seed the evidence first (seedEvidenceForTest)");
  const data = referralRowData(snapshot, clinicianId, options);
  const row = await db.referral.create({ data });
  await db.referralEvent.create({
    data: { referralId: row.id, userId: clinicianId, fromStatus: null, toStatus: row.status, note: "created" },
  });
  return row;
}

export const exampleClinician = {
  name: "Dr Ana Ruiz",
  credentials: "MD",
  email: "ana.ruiz@clinic.test",
  clinicName: "Riverside Clinic",
  phone: "555-0100",
};

/** A sheet DTO without a database: the seed evidence as version 1 and a row-shaped object. */
export function sheetDataFixture(options: ReferralFixtureOptions = {}): ReferralSheetData {
  const snapshot: EvidenceSnapshot = { versionId: "ev-test-1", versionNumber: 1, content: seedEvidence };
  const data = referralRowData(snapshot, "clinician-1", options);
  const row: ReferralRowForExport = {
    ...data,
    id: "cmreferral000test0001",
    createdAt: options.createdAt ?? new Date("2026-03-15T10:30:00.000Z"),
    clinician: exampleClinician,
    evidenceVersion: { number: 1 },
  };
  return toReferralForExport(row);
}
