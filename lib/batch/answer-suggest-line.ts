import type { MatcherIndex } from "@/lib/domain/matcher";
import { suggestBatchLine } from "@/lib/domain/referral/batch-suggest";
import type { EvidenceSnapshot } from "@/lib/schemas/evidence";
import { suggestBatchLineSchema } from "@/lib/schemas/suggest-batch";

// Parsing a raw line needs the zod schema, which the domain layer may not import (docs/architecture.md):
// this thin layer validates, then hands the typed line to the pure domain function.

/**
 * The output line for one raw input line of `npm run suggest`; never throws. A line that is not JSON, not
 * an object, or fails validation gets {"id","line","error"} naming the field; so does a bug (the run goes on).
 */
export function answerBatchLine(snapshot: EvidenceSnapshot, index: MatcherIndex, raw: string, lineNumber: number, today: Date): string {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return JSON.stringify({ id: null, line: lineNumber, error: "not valid JSON" });
  }
  if (typeof json !== "object" || json === null || Array.isArray(json))
    return JSON.stringify({ id: null, line: lineNumber, error: "each line must be a JSON object" });
  const rawId = (json as { id?: unknown }).id;
  const id = typeof rawId === "string" || typeof rawId === "number" ? rawId : null;
  const parsed = suggestBatchLineSchema.safeParse(json);
  if (!parsed.success) {
    const error = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
    return JSON.stringify({ id, line: lineNumber, error });
  }
  try {
    return JSON.stringify(suggestBatchLine(snapshot, index, parsed.data, today));
  } catch (error) {
    return JSON.stringify({ id, line: lineNumber, error: `internal error: ${error instanceof Error ? error.message : String(error)}` });
  }
}
