/**
 * `npm run match -- FILE.jsonl`: reads lines {"id","text"} (optionally "age": the patient's age in years
 * from the intake) and prints one JSON line per input, {"id","matches":[{"slug","score","confidence"}],
 * "age":{"years","group","source"}|null}, best first, [] when nothing matches — using the
 * evidence seeded in the database (created, migrated and seeded only if needed; read-only when current,
 * so it runs beside `npm start`: scripts/batch-evidence.ts). Nothing else on stdout.
 */
import { createReadStream, existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { buildMatcherIndex, matchComplaint, toMatcherConditions } from "@/lib/domain/matcher";
import { openBatchEvidence } from "./batch-evidence";
import { exitQuietlyOnBrokenPipe } from "./broken-pipe";

async function main() {
  // `npm run match -- in.jsonl | head` closes the pipe early: stop quietly, exit 0.
  exitQuietlyOnBrokenPipe(process.stdout);
  const file = process.argv[2];
  if (!file || !existsSync(file)) {
    console.error('Usage: npm run match -- FILE.jsonl   (one {"id","text"} object per line)');
    process.exit(2);
  }
  const { snapshot } = await openBatchEvidence(process.env.DATABASE_URL);
  const active = snapshot.content.conditions.filter((c) => !c.retired);
  const index = buildMatcherIndex(toMatcherConditions(active));

  let lineNumber = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    lineNumber += 1;
    if (!line.trim()) continue;
    let input: { id?: unknown; text?: unknown; age?: unknown };
    try {
      input = JSON.parse(line) as { id?: unknown; text?: unknown; age?: unknown };
    } catch {
      console.error(`line ${lineNumber}: not JSON, skipped`);
      continue;
    }
    const text = typeof input.text === "string" ? input.text : "";
    const patientAgeYears = typeof input.age === "number" && Number.isFinite(input.age) ? input.age : null;
    const result = matchComplaint(index, text, { patientAgeYears });
    const matches = result.candidates.map((c) => ({ slug: c.slug, score: Number(c.score.toFixed(4)), confidence: c.confidence }));
    const age = result.facts.age ? { years: result.facts.age.years, group: result.facts.age.group, source: result.facts.age.source } : null;
    process.stdout.write(`${JSON.stringify({ id: input.id ?? null, matches, age })}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
