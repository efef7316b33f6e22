/**
 * The checks of the load test, after the load: every answer was right for its phase, nothing a client
 * was told was saved is missing, nothing is saved twice, and no referral lacks its "created" event.
 */
import type { Db } from "@/lib/db/create-client";
import type { Attempt, PhaseResult } from "./referral-load";

/** Things an error answer must never show: driver and SQL details, stack frames, connection secrets. */
const LEAK_PATTERNS = [
  /prisma/i,
  /postgres/i,
  /ECONN\w+/,
  /terminating connection/i,
  /\b57P0\d\b/,
  /\n\s+at \S+ \(/,
  /Invalid `/,
  /\bSELECT\b|\bINSERT\b/,
];

export function leakedDetail(body: string, secrets: string[]): string | null {
  for (const pattern of LEAK_PATTERNS) {
    const match = pattern.exec(body);
    if (match) return match[0];
  }
  return secrets.find((s) => s.length > 0 && body.includes(s)) ?? null;
}

export interface PhaseSummary {
  phase: string;
  seconds: number;
  attempts: number;
  saved: number;
  duplicates: number;
  failed_http: number;
  failed_network: number;
  saves_per_second: number;
  /** What a failed save answered (already checked to hold no details), for the report. */
  sample_failure: string | null;
}

export function summarize(phase: PhaseResult): PhaseSummary {
  const ok = phase.attempts.filter((a) => a.id !== null);
  return {
    phase: phase.name,
    seconds: Math.round(phase.seconds * 10) / 10,
    attempts: phase.attempts.length,
    saved: ok.filter((a) => !a.duplicate).length,
    duplicates: ok.filter((a) => a.duplicate).length,
    failed_http: phase.attempts.filter((a) => a.id === null && a.networkError === null).length,
    failed_network: phase.attempts.filter((a) => a.networkError !== null).length,
    saves_per_second: Math.round((ok.length / Math.max(phase.seconds, 0.001)) * 10) / 10,
    sample_failure:
      phase.attempts.filter((a) => a.id === null).map((a) => `HTTP ${a.status} ${a.networkError ?? a.body.slice(0, 200)}`)[0] ?? null,
  };
}

const explain = (a: Attempt) =>
  `${a.instance} HTTP ${a.status}${a.networkError ? ` (${a.networkError.slice(0, 120)})` : ""} ${a.body.slice(0, 160).replace(/\s+/g, " ")}`;

/** Every attempt must have succeeded, except those `allowed` says may fail. */
export function expectSuccess(phase: PhaseResult, allowed: (a: Attempt) => string | null, problems: string[]): void {
  const failures = phase.attempts.filter((a) => a.id === null);
  for (const a of failures) {
    const excuse = allowed(a);
    if (excuse === null) problems.push(`${phase.name}: unexpected failure: ${explain(a)}`);
  }
}

/** One id per key, whatever instance or how many times it was sent. */
export function acknowledgedIds(attempts: Attempt[], problems: string[]): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const a of attempts) {
    if (a.id === null) continue;
    const seen = byKey.get(`${a.clinician}:${a.key}`);
    if (seen && seen !== a.id) problems.push(`key ${a.key} answered with two referrals: ${seen} and ${a.id}`);
    byKey.set(`${a.clinician}:${a.key}`, a.id);
  }
  return byKey;
}

export async function verifyDatabase(db: Db, acknowledged: Map<string, string>, problems: string[]): Promise<Record<string, number>> {
  const rows = await db.referral.findMany({ select: { id: true, idempotencyKey: true } });
  const events = await db.referralEvent.count();
  const withoutEvent = await db.referral.count({ where: { events: { none: {} } } });
  const ids = new Set(rows.map((r) => r.id));
  const ackedIds = new Set(acknowledged.values());
  const lost = [...ackedIds].filter((id) => !ids.has(id));
  const unacknowledged = rows.filter((r) => !ackedIds.has(r.id));
  if (lost.length > 0) problems.push(`${lost.length} referrals answered as saved are not in the database`);
  if (unacknowledged.length > 0)
    problems.push(`${unacknowledged.length} referrals in the database were never acknowledged (doubled or orphaned)`);
  if (rows.length !== acknowledged.size) problems.push(`${rows.length} referral rows for ${acknowledged.size} acknowledged keys`);
  if (withoutEvent > 0) problems.push(`${withoutEvent} referrals have no "created" event (half-written)`);
  if (events !== rows.length) problems.push(`${events} referral events for ${rows.length} referrals`);
  return {
    referral_rows: rows.length,
    acknowledged_keys: acknowledged.size,
    referral_events: events,
    referrals_without_event: withoutEvent,
  };
}
