import { createHash } from "node:crypto";
import { evidenceContentSchema, type EvidenceContent, type EvidenceSnapshot } from "@/lib/schemas/evidence";
import type { Db } from "@/lib/db/create-client";

/**
 * Evidence versions: each row is an immutable, complete evidence document. No "server-only" import:
 * the seed and batch scripts use this module with their own client. Pages and actions go through
 * lib/data/evidence.ts, which binds the app's client and checks roles upstream.
 */

export function hashEvidence(content: EvidenceContent): string {
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}

export interface EvidenceVersionSummary {
  id: string;
  number: number;
  createdAt: Date;
  createdByName: string | null;
  source: string;
  reason: string;
  changes: string[];
}

// Parsed documents by version id. Versions are immutable, so an entry never goes stale; which version
// is current is asked of the database on every call, so every instance sees a new version at once.
const parsedCache = new Map<string, EvidenceSnapshot>();

export async function loadCurrentEvidence(db: Db): Promise<EvidenceSnapshot | null> {
  const latest = await db.evidenceVersion.findFirst({ orderBy: { number: "desc" }, select: { id: true } });
  return latest ? loadEvidenceVersion(db, latest.id) : null;
}

export async function loadEvidenceVersion(db: Db, versionId: string): Promise<EvidenceSnapshot | null> {
  const cached = parsedCache.get(versionId);
  if (cached) return cached;
  const row = await db.evidenceVersion.findUnique({ where: { id: versionId } });
  if (!row) return null;
  const snapshot: EvidenceSnapshot = {
    versionId: row.id,
    versionNumber: row.number,
    content: evidenceContentSchema.parse(JSON.parse(row.content)),
  };
  parsedCache.set(versionId, snapshot);
  return snapshot;
}

export async function listEvidenceVersions(db: Db): Promise<EvidenceVersionSummary[]> {
  // memory-guard: bounded — one row per evidence change an admin commits (tens a year), content not selected.
  const rows = await db.evidenceVersion.findMany({
    orderBy: { number: "desc" },
    select: { id: true, number: true, createdAt: true, source: true, reason: true, changeSummary: true, createdBy: { select: { name: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    createdAt: r.createdAt,
    createdByName: r.createdBy?.name ?? null,
    source: r.source,
    reason: r.reason,
    changes: JSON.parse(r.changeSummary) as string[],
  }));
}

/**
 * Appends a version. The number is the previous maximum + 1 inside one transaction; the unique index on
 * number makes a concurrent writer fail rather than fork history.
 */
export async function appendEvidenceVersion(
  db: Db,
  input: { content: EvidenceContent; reason: string; source: "seed" | "admin" | "restore"; createdById: string | null; changes: string[] },
): Promise<EvidenceSnapshot> {
  const content = evidenceContentSchema.parse(input.content);
  const row = await db.$transaction(async (tx) => {
    const last = await tx.evidenceVersion.findFirst({ orderBy: { number: "desc" }, select: { number: true } });
    return tx.evidenceVersion.create({
      data: {
        number: (last?.number ?? 0) + 1,
        source: input.source,
        reason: input.reason,
        createdById: input.createdById,
        changeSummary: JSON.stringify(input.changes),
        content: JSON.stringify(content),
        contentHash: hashEvidence(content),
      },
    });
  });
  return { versionId: row.id, versionNumber: row.number, content };
}

/**
 * Seeds the evidence base. Idempotent: nothing is written when a seed version with the same content
 * exists. A changed seed (a new release of the reference) becomes a new version on top of any admin
 * edits, with its reason.
 */
export async function seedEvidenceBase(
  db: Db,
  content: EvidenceContent,
  reason: string,
  describe: (before: EvidenceContent, after: EvidenceContent) => string[],
): Promise<{ created: boolean; versionNumber: number }> {
  const hash = hashEvidence(evidenceContentSchema.parse(content));
  const existing = await db.evidenceVersion.findFirst({ where: { source: "seed", contentHash: hash }, select: { number: true } });
  if (existing) return { created: false, versionNumber: existing.number };
  const current = await loadCurrentEvidence(db);
  const changes = current ? describe(current.content, content) : ["Initial evidence base"];
  const version = await appendEvidenceVersion(db, { content, reason, source: "seed", createdById: null, changes });
  return { created: true, versionNumber: version.versionNumber };
}
