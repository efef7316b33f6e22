/**
 * `npm run suggest -- FILE.jsonl`: one intake per line,
 *   {"id","complaint","dob"|"age","sex","pregnantWeeks"?,"findings"?,"medications"?,"notes"?}
 * and one JSON line out per input line, in order:
 *   {"id","condition","dose","safety":{"outcome","rules":[{"code","severity","trigger"}]}}
 * using the evidence seeded in the database (read-only when current: scripts/batch-evidence.ts). A line
 * that cannot be read gets {"id","line","error"} instead; the run goes on. Nothing else on stdout.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { buildMatcherIndex, toMatcherConditions } from "@/lib/domain/matcher";
import { answerBatchLine } from "@/lib/batch/answer-suggest-line";
import { openBatchEvidence } from "./batch-evidence";

async function main() {
  const file = process.argv[2];
  if (!file || !existsSync(file) || !statSync(file).isFile()) {
    console.error('Usage: npm run suggest -- FILE.jsonl   (one {"id","complaint","dob"|"age","sex",…} object per line)');
    process.exit(2);
  }
  const { snapshot } = await openBatchEvidence(process.env.DATABASE_URL);
  const index = buildMatcherIndex(toMatcherConditions(snapshot.content.conditions.filter((c) => !c.retired)));
  const today = new Date();
  let lineNumber = 0;
  for await (const line of createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity })) {
    lineNumber += 1;
    const raw = line.replace(/^\uFEFF/, "");
    if (!raw.trim()) continue;
    process.stdout.write(`${answerBatchLine(snapshot, index, raw, lineNumber, today)}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
