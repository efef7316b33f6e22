/**
 * The suggestion action's in-process work without auth, database or audit: validate the intake, match
 * the complaint, build the cards and the condition list — timed per call, so the HTTP numbers can be
 * split into "our code" and "everything around it". Profile it with
 * `node --cpu-prof --cpu-prof-dir=bench/tmp/profiles --import tsx bench/pure-path.ts`.
 */
import { buildMatcherIndex, matchComplaint, toMatcherConditions } from "@/lib/domain/matcher";
import { buildSuggestions } from "@/lib/domain/referral/suggest";
import { conditionOptions, evidenceVersionOf } from "@/lib/actions/suggest-shared";
import { intakeSchema } from "@/lib/schemas/intake";
import { evidenceContentSchema } from "@/lib/schemas/evidence";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";
import { complaintFor, intakeInput } from "@/__tests__/support/intake-fixtures";
import { percentile, round } from "./stats";

export function runPurePath(iterations = 20_000): { p50_ms: number; p99_ms: number; per_second: number } {
  const snapshot = { versionId: "bench", versionNumber: 1, content: evidenceContentSchema.parse(seedEvidence) };
  const index = buildMatcherIndex(toMatcherConditions(snapshot.content.conditions));
  const inputs = Object.values(complaintFor).map((complaint) => intakeInput({ complaint }));
  const once = (raw: unknown) => {
    const parsed = intakeSchema.safeParse(raw);
    if (!parsed.success) throw new Error("fixture intake is invalid");
    const match = matchComplaint(index, parsed.data.complaint);
    const result = buildSuggestions({ snapshot, match, intake: parsed.data });
    return JSON.stringify({ ...result, evidenceVersion: evidenceVersionOf(snapshot), conditions: conditionOptions(snapshot) });
  };
  for (let i = 0; i < 500; i++) once(inputs[i % inputs.length]);
  const times: number[] = [];
  const started = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) {
    const s = process.hrtime.bigint();
    once(inputs[i % inputs.length]);
    times.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  const totalMs = Number(process.hrtime.bigint() - started) / 1e6;
  times.sort((a, b) => a - b);
  return {
    p50_ms: round(percentile(times, 50), 3),
    p99_ms: round(percentile(times, 99), 3),
    per_second: Math.round((iterations / totalMs) * 1000),
  };
}

if (require.main === module) console.log(JSON.stringify(runPurePath(Number(process.argv[2] ?? 20_000))));
