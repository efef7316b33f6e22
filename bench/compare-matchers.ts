/**
 * `npx tsx bench/compare-matchers.ts <revA> <revB> [rounds=15]`: two versions of the complaint matcher
 * (git revisions, or `.` for the working tree) in one process, to prove a speed change decides nothing
 * differently and to see what it is worth.
 *
 * 1. Decisions: the full JSON result (candidates, scores, warnings, matched spans, facts) of every
 *    development, test and bench long-note complaint, on the seeded and the 1,000-condition index, with no
 *    intake age and with ages 12 and 70, must be identical; the first difference is printed otherwise.
 * 2. Speed: both run complaint by complaint, alternating which goes first, so both see the same machine
 *    load; p50/p99 over complaints of each one's fastest run, the total, and B/A ratios.
 *
 * A revision's lib/domain/matcher is extracted into bench/tmp/ (git-, lint- and format-ignored), imported
 * from there and removed at the end.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";
import { EVAL_NOW, loadPart } from "@/scripts/evaluate-matcher";
import type * as Matcher from "@/lib/domain/matcher";
import { benchTexts, syntheticConditions } from "./bench-match";
import { percentile } from "./stats";

const ROOT = path.resolve(__dirname, "..");

const extracted: string[] = [];

async function load(rev: string): Promise<typeof Matcher> {
  if (rev === ".") return import(path.join(ROOT, "lib/domain/matcher/index.ts"));
  const dir = path.join(ROOT, "bench/tmp", `matcher-${rev.replace(/[^\w.-]/g, "_")}`);
  extracted.push(dir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = execFileSync("git", ["archive", rev, "lib/domain/matcher"], { cwd: ROOT, maxBuffer: 1 << 28 });
  execFileSync("tar", ["-x", "-C", dir], { input: archive });
  return import(path.join(dir, "lib/domain/matcher/index.ts"));
}

async function main(): Promise<void> {
  const [revA = "main", revB = ".", roundsArg = "15"] = process.argv.slice(2);
  const rounds = Number(roundsArg);
  const sides = [await load(revA), await load(revB)] as const;
  const dev = loadPart("dev").map((d) => d.text);
  const timed = benchTexts(dev);
  const all = [...timed, ...loadPart("test").map((d) => d.text)];
  const indexes = (m: typeof Matcher) => [
    { name: "seeded", index: m.buildMatcherIndex(m.toMatcherConditions(seedEvidence.conditions)) },
    { name: "1,000 x 20", index: m.buildMatcherIndex(syntheticConditions()) },
  ];
  const built = sides.map(indexes);

  const hashes = built.map((list, k) => {
    const h = createHash("sha256");
    const lines: string[] = [];
    for (const { index } of list)
      for (const age of [null, 12, 70])
        for (const text of all) {
          const line = JSON.stringify(sides[k]?.matchComplaint(index, text, { now: EVAL_NOW, patientAgeYears: age }));
          lines.push(line);
          h.update(line);
        }
    return { digest: h.digest("hex"), lines };
  });
  const [a, b] = hashes;
  const firstDiff = a && b ? a.lines.findIndex((line, i) => line !== b.lines[i]) : -1;
  console.log(`decisions over ${a?.lines.length ?? 0} results: ${a?.digest === b?.digest ? "IDENTICAL" : "DIFFERENT"}`);
  if (a && b && firstDiff >= 0) console.log(`first difference:\n  A ${a.lines[firstDiff]}\n  B ${b.lines[firstDiff]}`);

  const load0 = loadavg()[0] ?? 0;
  for (let n = 0; n < 2; n++) {
    const best = [timed.map(() => Infinity), timed.map(() => Infinity)];
    const run = (k: number, text: string) =>
      sides[k]?.matchComplaint(built[k]?.[n]?.index as Matcher.MatcherIndex, text, { now: EVAL_NOW });
    for (const text of timed) for (const k of [0, 1]) run(k, text); // warm-up
    for (let r = 0; r < rounds; r++)
      timed.forEach((text, i) => {
        for (const k of (r + i) % 2 === 0 ? [0, 1] : [1, 0]) {
          const start = process.hrtime.bigint();
          run(k, text);
          const ms = Number(process.hrtime.bigint() - start) / 1e6;
          const list = best[k];
          if (list && ms < (list[i] ?? Infinity)) list[i] = ms;
        }
      });
    const stats = best.map((list) => {
      const sorted = [...list].sort((x, y) => x - y);
      return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), total: list.reduce((x, y) => x + y, 0) };
    });
    const [sa, sb] = stats;
    if (!sa || !sb) continue;
    const f = (x: number) => x.toFixed(3);
    console.log(
      `${built[0]?.[n]?.name}: A p50 ${f(sa.p50)} p99 ${f(sa.p99)} total ${f(sa.total)} ms | B p50 ${f(sb.p50)} p99 ${f(sb.p99)} total ${f(sb.total)} ms | B/A p50 ${f(sb.p50 / sa.p50)} p99 ${f(sb.p99 / sa.p99)} total ${f(sb.total / sa.total)}`,
    );
  }
  console.log(
    `${timed.length} complaints timed, fastest of ${rounds}; load average ${load0.toFixed(2)} -> ${(loadavg()[0] ?? 0).toFixed(2)}`,
  );
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const dir of extracted) rmSync(dir, { recursive: true, force: true });
  });
