import "server-only";
import { recordAudit } from "./audit";

/**
 * Who is asking, for the data functions that return people or PHI. Each such function takes the viewer
 * and checks the role itself (as the referral reads scope by owner), so a page or action that forgets
 * its requireAdmin() still gets nothing: the check here is the last one, not the only one.
 */
export interface DataViewer {
  id: string;
  /** "ADMIN", "CLINICIAN", …: only the exact role a function names is let through. */
  role: string;
}

/**
 * A data function was called for someone its rule refuses. Reaching this is a bug in the caller (its
 * own check is missing), so it throws to the generic error page rather than returning an empty answer
 * that would look like "no users".
 */
export class DataAccessDenied extends Error {
  constructor(readonly rule: string) {
    super(`data access refused: ${rule}`);
    this.name = "DataAccessDenied";
  }
}

async function refuse(viewer: DataViewer, rule: string): Promise<never> {
  await recordAudit({ userId: viewer.id, action: "access.denied", outcome: "denied", detail: `data.${rule}` });
  throw new DataAccessDenied(rule);
}

/** Admins only: account lists, other people's accounts, the audit trail. */
export async function assertAdminViewer(viewer: DataViewer): Promise<void> {
  if (viewer.role !== "ADMIN") await refuse(viewer, "admin-required");
}

/** The person themself, or an admin (an admin resets others' passwords). */
export async function assertSelfOrAdminViewer(viewer: DataViewer, userId: string): Promise<void> {
  if (viewer.id !== userId && viewer.role !== "ADMIN") await refuse(viewer, "self-or-admin-required");
}

/** The person themself only: their own password hash, for re-authentication. */
export async function assertSelfViewer(viewer: DataViewer, userId: string): Promise<void> {
  if (viewer.id !== userId) await refuse(viewer, "self-required");
}
