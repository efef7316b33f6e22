/**
 * `npm run match:eval`: scores the matcher on the labelled dev set and prints a table. Exits 1 when a
 * target of issue 4 fails (top-1 >= 95%, no `none` line matched with high confidence, every `also` label
 * in the top three).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";
import { buildMatcherIndex, matchComplaint, toMatcherConditions, type MatcherIndex } from "@/lib/domain/matcher";
import { evaluate, meetsTargets, DEV_SET_TARGETS, type EvaluationReport, type LabelledComplaint } from "@/lib/domain/matcher/evaluate";

const ROOT = path.resolve(__dirname, "..");
/** The shared set when this tree sits beside it; the copy in the fixtures on a clean clone. */
export const DEV_SET_PATHS = [path.resolve(ROOT, "../shared/matcher/dev-set.jsonl"), path.join(ROOT, "__tests__/fixtures/matcher-dev-set.jsonl")];
/** A fixed "now" so that "since 2019" reads the same on every run. */
export const EVAL_NOW = new Date("2026-06-01T00:00:00Z");

export function loadDevSet(file?: string): LabelledComplaint[] {
  const found = file ?? DEV_SET_PATHS.find((p) => existsSync(p));
  if (!found) throw new Error(`dev set not found in ${DEV_SET_PATHS.join(" or ")}`);
  return readFileSync(found, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const o = JSON.parse(line) as Partial<LabelledComplaint>;
      return { id: String(o.id ?? ""), text: String(o.text ?? ""), label: String(o.label ?? "none"), also: Array.isArray(o.also) ? o.also.map(String) : [] };
    });
}

export function seededIndex(): MatcherIndex {
  return buildMatcherIndex(toMatcherConditions(seedEvidence.conditions));
}

export function evaluateSeeded(items: LabelledComplaint[], index: MatcherIndex = seededIndex()): EvaluationReport {
  return evaluate(items, (text) => matchComplaint(index, text, { now: EVAL_NOW }).candidates);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatReport(r: EvaluationReport): string {
  const lines = [`Dev set: ${r.total} complaints`, "", "label                       support  precision  recall"];
  for (const [label, s] of Object.entries(r.perLabel).sort(([x], [y]) => x.localeCompare(y))) {
    lines.push(`${label.padEnd(28)}${String(s.support).padStart(7)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}`);
  }
  lines.push(
    "",
    `top-1 accuracy               ${pct(r.top1Accuracy)} (${r.top1Correct}/${r.total})   target >= ${pct(DEV_SET_TARGETS.top1)}`,
    `none lines matched high      ${r.noneMatchedHigh.length}${r.noneMatchedHigh.length ? ` (${r.noneMatchedHigh.join(", ")})` : ""}   target 0`,
    `also labels in top 3         ${pct(r.alsoRecall)} (${r.alsoInTop3}/${r.alsoTotal})   target 100%`,
  );
  if (r.misses.length) lines.push("", "misses:", ...r.misses.map((m) => `  ${m.id} [${m.label}] got ${m.got} — ${m.text}`));
  return lines.join("\n");
}

function main(): void {
  const report = evaluateSeeded(loadDevSet(process.argv[2]));
  console.log(formatReport(report));
  const ok = meetsTargets(report);
  console.log(ok ? "\nAll dev-set targets met." : "\nDev-set targets NOT met.");
  process.exitCode = ok ? 0 : 1;
}

if (require.main === module) main();
