import { z } from "zod";
import { isStorableText } from "./storable-text";

/** Filters of the audit log page and its CSV export, read from the URL. Bad values are ignored, not errors. */
const optionalText = z
  .string()
  .trim()
  .max(120)
  // "%00" in the URL would crash the query on PostgreSQL: ignored like any other bad value.
  .refine(isStorableText)
  .optional()
  .transform((v) => (v ? v : undefined))
  .catch(undefined);

/** A real calendar day: "2026-13-01" or "0000-00-00" would become an Invalid Date in the query. */
function isCalendarDay(text: string): boolean {
  const time = Date.parse(`${text}T00:00:00.000Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text && text >= "1970-01-01" && text <= "9999-12-30";
}

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isCalendarDay)
  .optional()
  .catch(undefined);
/** A keyset cursor (lib/domain/listing/keyset.ts); the data layer ignores one it cannot read. */
const cursor = z.string().max(100).optional().catch(undefined);

export const auditFilterSchema = z.object({
  userId: optionalText,
  action: optionalText,
  /** Inclusive UTC days, YYYY-MM-DD. */
  from: day,
  to: day,
  /** Page position: events older than `before`, or newer than `after`. */
  before: cursor,
  after: cursor,
  /** Export order: newest first unless the admin asks for the oldest first. */
  order: z.enum(["newest", "oldest"]).catch("newest").default("newest"),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

/**
 * What is wrong with the URL's from/to days, or null. The schema above drops a bad day; a page or export
 * that drops it silently would show (or download) every date instead of the ones asked for, so callers
 * say so: the export refuses with 400, the page shows the message [issue 19, failure 4].
 */
export function auditDateProblem(params: Record<string, string | undefined>): string | null {
  const bad = (["from", "to"] as const).filter((key) => {
    const value = params[key]?.trim();
    return value !== undefined && value !== "" && !(/^\d{4}-\d{2}-\d{2}$/.test(value) && isCalendarDay(value));
  });
  if (bad.length === 0) return null;
  return `The ${bad.map((key) => `"${key}"`).join(" and ")} date is not a real day: use YYYY-MM-DD, from 1970-01-01 to 9999-12-30.`;
}

/** Next's searchParams (string | string[]) → the first value of each key. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}
