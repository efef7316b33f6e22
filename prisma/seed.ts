/**
 * Seeds the database: the evidence base always (idempotent), demo accounts only into the embedded
 * database. Run by `npm start`; `npm run db:seed-evidence` seeds the evidence alone.
 */
import { describeEvidenceChanges } from "@/lib/domain/evidence/evidence-diff";
import { hashEvidence, seedEvidenceBase } from "@/lib/data/evidence-store";
import { ensureUser } from "@/lib/data/users-store";
import type { Db } from "@/lib/db/create-client";
import { evidenceContentSchema } from "@/lib/schemas/evidence";
import { SEED_EVIDENCE_REASON, seedEvidence } from "./evidence/evidence-seed";

export const DEMO_CLINICIAN_EMAIL = "clinician@massagerx.test";
export const DEMO_ADMIN_EMAIL = "admin@massagerx.test";
export const DEMO_THERAPIST_EMAIL = "therapist@massagerx.test";
export const DEFAULT_DEMO_PASSWORD = "massage-demo-2026";

export async function seedEvidenceOnly(db: Db) {
  return seedEvidenceBase(db, seedEvidence, SEED_EVIDENCE_REASON, describeEvidenceChanges);
}

/** The content hash a seeded version of this release carries: present in the database = nothing to seed. */
export function seedEvidenceHash(): string {
  return hashEvidence(evidenceContentSchema.parse(seedEvidence));
}

/** For the local demo only: never called for a PostgreSQL (production) database. */
export async function seedDemoAccounts(db: Db, password = process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD) {
  const clinician = await ensureUser(db, {
    email: DEMO_CLINICIAN_EMAIL,
    name: "Dr. Dana Demo",
    credentials: "MD",
    role: "CLINICIAN",
    password,
    clinicName: "MassageRx Demo Clinic",
    phone: "555-0100",
  });
  const admin = await ensureUser(db, {
    email: DEMO_ADMIN_EMAIL,
    name: "Avery Admin",
    credentials: "",
    role: "ADMIN",
    password,
    clinicName: "MassageRx Demo Clinic",
  });
  const therapist = await seedDemoTherapist(db, password);
  return { clinician, admin, therapist };
}

/**
 * The demo therapist (issue 16): a THERAPIST account already linked to its directory entry, so the demo
 * can send a referral and carry out the course without an invitation round trip. Idempotent.
 */
async function seedDemoTherapist(db: Db, password: string): Promise<boolean> {
  const created = await ensureUser(db, {
    email: DEMO_THERAPIST_EMAIL,
    name: "Terry Therapist",
    credentials: "LMT",
    role: "THERAPIST",
    password,
    phone: "555-0150",
  });
  const user = await db.user.findUniqueOrThrow({ where: { email: DEMO_THERAPIST_EMAIL }, select: { id: true } });
  const existing = await db.therapist.findUnique({ where: { email: DEMO_THERAPIST_EMAIL }, select: { id: true } });
  if (!existing) {
    await db.therapist.create({
      data: {
        name: "Terry Therapist",
        practice: "Demo Massage Therapy",
        address: "12 Main Street, Springfield",
        phone: "555-0150",
        email: DEMO_THERAPIST_EMAIL,
        licence: "LMT, demo licence 000000",
        training: JSON.stringify(["oncology", "prenatal"]),
        languages: JSON.stringify(["English", "Spanish"]),
        acceptingNewPatients: true,
        userId: user.id,
      },
    });
  }
  return created;
}
