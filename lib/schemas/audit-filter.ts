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
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

export const auditFilterSchema = z.object({
  userId: optionalText,
  action: optionalText,
  /** Inclusive UTC days, YYYY-MM-DD. */
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** Next's searchParams (string | string[]) → the first value of each key. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}
