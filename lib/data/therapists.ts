import "server-only";
import { db } from "@/lib/db/client";
import { trainingTags, type TrainingTag } from "@/lib/domain/referral-loop/training";
import { languageList, type TherapistValues } from "@/lib/schemas/therapist";
import { parseList } from "./referral-loop";
import type { ReferralViewer } from "./referrals";

/** A directory entry as the admin pages and the "Send to therapist" panel show it. */
export interface TherapistEntry {
  id: string;
  name: string;
  practice: string;
  address: string;
  phone: string;
  email: string;
  licence: string;
  training: TrainingTag[];
  languages: string[];
  acceptingNewPatients: boolean;
  active: boolean;
  /** The therapist has used an invitation and has a THERAPIST account. */
  hasAccount: boolean;
}

type TherapistRow = Awaited<ReturnType<typeof db.therapist.findFirstOrThrow>>;

function toEntry(row: TherapistRow): TherapistEntry {
  return {
    id: row.id,
    name: row.name,
    practice: row.practice,
    address: row.address,
    phone: row.phone,
    email: row.email,
    licence: row.licence,
    training: parseList(row.training).filter((t): t is TrainingTag => trainingTags.some((tag) => tag === t)),
    languages: parseList(row.languages),
    acceptingNewPatients: row.acceptingNewPatients,
    active: row.active,
    hasAccount: row.userId !== null,
  };
}

/** The directory is curated by admins and read by clinicians choosing where to send; therapists never list it. */
function mayRead(viewer: ReferralViewer): boolean {
  return viewer.role === "ADMIN" || viewer.role === "CLINICIAN";
}

/** Every entry (admins) or the active ones (clinicians sending a referral), by name. */
export async function listTherapists(viewer: ReferralViewer): Promise<TherapistEntry[]> {
  if (!mayRead(viewer)) return [];
  // memory-guard: bounded — the clinic's own directory of therapists (tens, curated by hand).
  const rows = await db.therapist.findMany({
    where: viewer.role === "ADMIN" ? {} : { active: true },
    orderBy: [{ active: "desc" }, { name: "asc" }],
  });
  return rows.map(toEntry);
}

export async function getTherapist(viewer: ReferralViewer, id: string): Promise<TherapistEntry | null> {
  if (!mayRead(viewer) || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
  const row = await db.therapist.findFirst({ where: { id, ...(viewer.role === "ADMIN" ? {} : { active: true }) } });
  return row ? toEntry(row) : null;
}

export type SaveTherapistOutcome = { ok: true; id: string; created: boolean } | { ok: false; reason: "not-found" | "email-taken" | "not-allowed" };

/** Creates or updates an entry (admins only). The email is unique: it is where invitations go. */
export async function saveTherapist(viewer: ReferralViewer, values: TherapistValues, id?: string): Promise<SaveTherapistOutcome> {
  if (viewer.role !== "ADMIN") return { ok: false, reason: "not-allowed" };
  const clash = await db.therapist.findFirst({ where: { email: values.email, ...(id ? { NOT: { id } } : {}) }, select: { id: true } });
  if (clash) return { ok: false, reason: "email-taken" };
  const data = {
    name: values.name,
    practice: values.practice,
    address: values.address,
    phone: values.phone,
    email: values.email,
    licence: values.licence,
    training: JSON.stringify([...new Set(values.training)]),
    languages: JSON.stringify(languageList(values.languages)),
    acceptingNewPatients: values.acceptingNewPatients,
    active: values.active,
  };
  if (!id) {
    const created = await db.therapist.create({ data, select: { id: true } });
    return { ok: true, id: created.id, created: true };
  }
  const { count } = await db.therapist.updateMany({ where: { id }, data });
  return count === 1 ? { ok: true, id, created: false } : { ok: false, reason: "not-found" };
}
