import { findUnstorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/schemas/storable-text";

/** What every server action returns: expected failures are values, bugs throw (and reach error.tsx). */
export type FieldErrors = Record<string, string[] | undefined>;

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: FieldErrors };

export const ok = <T>(data: T): ActionResult<T> => ({ ok: true, data });

export const fail = <T = never>(error: string, fieldErrors?: FieldErrors): ActionResult<T> =>
  fieldErrors ? { ok: false, error, fieldErrors } : { ok: false, error };

/** zod 4 issues → { "path.to.field": ["message"] } for react-hook-form's setError. */
export function fieldErrorsFrom(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/**
 * Step 2's first check, before the schema: text the database can't take (see storable-text.ts) is a
 * field error, not a crashed query.
 */
export function refuseUnstorableText(input: unknown): ActionResult<never> | null {
  const path = findUnstorableText(input);
  return path === null ? null : fail("Check the highlighted fields", { [path || "form"]: [UNSTORABLE_TEXT_MESSAGE] });
}
