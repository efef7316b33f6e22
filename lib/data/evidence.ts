import "server-only";
import { db } from "@/lib/db/client";
import { hotReader } from "./performance-shortcuts";
import type { SessionUser } from "@/lib/auth/current-user";
import type { EvidenceContent, EvidenceSnapshot } from "@/lib/schemas/evidence";
import {
  appendEvidenceVersion,
  listEvidenceVersions,
  loadEvidenceVersion,
  type EvidenceVersionSummary,
} from "./evidence-store";

/**
 * The evidence base bound to the app's database. The evidence is shared by every signed-in user, so
 * reads are not scoped by user; writes take the admin and re-check the role here as a second line of
 * defence behind requireAdmin() in the action.
 */

export type { EvidenceVersionSummary };

/**
 * The newest version. Asked on every suggestion and save, so that an edit made on any instance is used
 * at once: on the hot-read path (lib/db/hot-reader.ts); the parsed document itself is cached per
 * version id, as versions never change.
 */
export async function getCurrentEvidence(): Promise<EvidenceSnapshot | null> {
  const [latest] = await hotReader.rows<{ id: string }>`SELECT "id" FROM "EvidenceVersion" ORDER BY "number" DESC LIMIT 1`;
  return latest ? loadEvidenceVersion(db, latest.id) : null;
}

/** Version ids are cuids; anything else is answered as "not found" without a query. */
export function getEvidenceVersion(versionId: string): Promise<EvidenceSnapshot | null> {
  if (!/^[a-z0-9]{1,40}$/i.test(versionId)) return Promise.resolve(null);
  return loadEvidenceVersion(db, versionId);
}

export interface EvidenceView {
  snapshot: EvidenceSnapshot;
  current: { versionId: string; versionNumber: number };
  isCurrent: boolean;
}

/**
 * The version a page shows: the one in `?version=` (so an old referral's evidence stays readable), else
 * the current one. null when there is no evidence yet or the requested version does not exist.
 */
export async function getEvidenceView(versionId: string | undefined): Promise<EvidenceView | null> {
  const current = await getCurrentEvidence();
  if (!current) return null;
  const snapshot = versionId ? await getEvidenceVersion(versionId) : current;
  if (!snapshot) return null;
  return {
    snapshot,
    current: { versionId: current.versionId, versionNumber: current.versionNumber },
    isCurrent: snapshot.versionId === current.versionId,
  };
}

export function listVersions(): Promise<EvidenceVersionSummary[]> {
  return listEvidenceVersions(db);
}

export async function appendAdminEvidenceVersion(
  admin: SessionUser,
  input: { content: EvidenceContent; reason: string; source: "admin" | "restore"; changes: string[] },
): Promise<EvidenceSnapshot> {
  if (admin.role !== "ADMIN") throw new Error("Only an admin can change the evidence base");
  return appendEvidenceVersion(db, { ...input, createdById: admin.id });
}
