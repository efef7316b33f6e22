/**
 * `npm run bench:match`: complaint-matcher latency and accuracy, side by side with a Fuse.js baseline
 * (fuzzy search of the complaint over the same phrases). Two indexes: the seeded evidence (7 conditions)
 * and a synthetic one of 1,000 conditions x 20 phrases, whose vocabulary has a few very common words
 * ("pain", "chronic") so that postings lists are long, as they would be in a real large base.
 * Target (issues 4, 20): p99 < 2 ms per complaint at 1,000 conditions, and clearly higher accuracy than Fuse on
 * the held-out test part (the development part is printed beside it, marked: rules were written from it).
 */
import { loadavg } from "node:os";
import Fuse from "fuse.js";
import { buildMatcherIndex, matchComplaint, toMatcherConditions, type MatcherCondition, type MatcherIndex } from "@/lib/domain/matcher";
import { evaluate, type RankedGuess } from "@/lib/domain/matcher/evaluate";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";
import { EVAL_NOW, loadPart } from "@/scripts/evaluate-matcher";

export interface MatcherBenchResult {
  complaints: number;
  /** Conditions in the seeded evidence the seeded figures use. */
  seeded_conditions: number;
  p50_ms_seeded: number;
  p99_ms_seeded: number;
  raw_p99_ms_seeded: number;
  throughput_seeded: number;
  p50_ms_1000: number;
  p99_ms_1000: number;
  raw_p99_ms_1000: number;
  throughput_1000: number;
  build_ms_1000: number;
  baseline_p50_ms_seeded: number;
  baseline_p99_ms_seeded: number;
  baseline_throughput_seeded: number;
  baseline_p50_ms_1000: number;
  baseline_p99_ms_1000: number;
  baseline_throughput_1000: number;
  /** Top-1 on the development part (rules were written from it: not a measure of accuracy). */
  accuracy_dev: number;
  baseline_accuracy_dev: number;
  none_high_dev: number;
  baseline_none_high_dev: number;
  /** Top-1 on the held-out test part: the accuracy figure. */
  test_complaints: number;
  accuracy_test: number;
  baseline_accuracy_test: number;
  none_high_test: number;
  baseline_none_high_test: number;
  /** 1-minute load average during the run: above 2 on this 2-core machine, raw timings are contended. */
  load_average: number;
}

/** Deterministic PRNG (mulberry32) so every run benchmarks the same synthetic base. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON = [
  "pain",
  "chronic",
  "syndrome",
  "muscle",
  "joint",
  "disorder",
  "knee",
  "back",
  "neck",
  "head",
  "sore",
  "stiff",
  "acute",
  "left",
  "right",
  "tendon",
];
const SYLLABLES = [
  "ar",
  "thro",
  "my",
  "al",
  "gia",
  "neu",
  "ro",
  "pa",
  "thy",
  "os",
  "te",
  "itis",
  "cal",
  "ci",
  "no",
  "ma",
  "fi",
  "bro",
  "sis",
  "ten",
  "do",
  "lu",
  "bar",
  "cer",
  "vi",
  "dy",
  "pla",
  "sia",
  "card",
  "io",
  "hep",
  "at",
  "ic",
  "ren",
  "al",
  "spon",
  "dyl",
  "ep",
  "icon",
];

export function syntheticConditions(count = 1000, phrasesEach = 20, seed = 42): MatcherCondition[] {
  const rand = prng(seed);
  const word = () =>
    Array.from({ length: 2 + Math.floor(rand() * 3) }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)] ?? "o").join("");
  const vocabulary = Array.from({ length: 6000 }, word);
  const pick = () =>
    (rand() < 0.25 ? COMMON[Math.floor(rand() * COMMON.length)] : vocabulary[Math.floor(rand() * vocabulary.length)]) ?? "x";
  const real = toMatcherConditions(seedEvidence.conditions);
  const out: MatcherCondition[] = [...real];
  for (let i = out.length; i < count; i++) {
    const phrases = Array.from({ length: phrasesEach }, () => Array.from({ length: 2 + Math.floor(rand() * 3) }, pick).join(" "));
    out.push({
      slug: `synthetic-${i}`,
      name: `${pick()} ${pick()}`,
      phrases,
      exclusions: [{ phrase: `${pick()} ${pick()}`, reason: "synthetic" }],
      bodyRegion: pick(),
    });
  }
  return out;
}

function fuseBaseline(conditions: readonly MatcherCondition[]): (text: string) => RankedGuess[] {
  const items = conditions.flatMap((c) => c.phrases.map((phrase) => ({ slug: c.slug, phrase })));
  const fuse = new Fuse(items, { keys: ["phrase"], includeScore: true, ignoreLocation: true, threshold: 0.4 });
  return (text) => {
    const seen = new Set<string>();
    const out: RankedGuess[] = [];
    for (const r of fuse.search(text)) {
      if (seen.has(r.item.slug)) continue;
      seen.add(r.item.slug);
      const s = r.score ?? 1;
      out.push({ slug: r.item.slug, confidence: s <= 0.2 ? "high" : s <= 0.35 ? "medium" : "low" });
    }
    return out;
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

interface Timing {
  /** Percentiles over complaints of each complaint's fastest run: the cost of the code itself. */
  p50: number;
  p99: number;
  /** Percentile over every single run, including runs slowed by other processes and GC. */
  rawP99: number;
  throughput: number;
}

/**
 * Each complaint is timed `rounds` times. On a shared 2-core machine other processes preempt single
 * runs, which only ever makes a run slower, so a complaint's fastest run is its cost; p50/p99 are taken
 * over those, and the raw p99 over all runs is printed beside them.
 */
function time(fn: (text: string) => unknown, texts: string[], rounds: number, warmUp = true): Timing {
  if (warmUp) for (const t of texts) fn(t); // JIT and lazily compiled tables
  const best = texts.map(() => Infinity);
  const all: number[] = [];
  const started = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) {
    texts.forEach((t, i) => {
      const s = process.hrtime.bigint();
      fn(t);
      const ms = Number(process.hrtime.bigint() - s) / 1e6;
      all.push(ms);
      best[i] = Math.min(best[i] ?? Infinity, ms);
    });
  }
  const totalMs = Number(process.hrtime.bigint() - started) / 1e6;
  best.sort((x, y) => x - y);
  all.sort((x, y) => x - y);
  return { p50: percentile(best, 50), p99: percentile(best, 99), rawP99: percentile(all, 99), throughput: (all.length / totalMs) * 1000 };
}

/** Complaints to time: the dev set plus longer notes made of several of its lines. */
export function benchTexts(dev: string[]): string[] {
  const rand = prng(7);
  const long = Array.from({ length: 30 }, () => Array.from({ length: 4 }, () => dev[Math.floor(rand() * dev.length)] ?? "").join(". "));
  return [...dev, ...long];
}

const BASELINE_SAMPLE_1000 = 20;

export function runMatcherBench(options: { rounds?: number; baselineRounds?: number } = {}): MatcherBenchResult {
  const rounds = options.rounds ?? 20;
  const baselineRounds = options.baselineRounds ?? 2;
  const dev = loadPart("dev");
  const test = loadPart("test");
  const texts = benchTexts(dev.map((d) => d.text));
  const seeded = toMatcherConditions(seedEvidence.conditions);
  const seededIndex = buildMatcherIndex(seeded);
  const synthetic = syntheticConditions();
  const buildStart = process.hrtime.bigint();
  const bigIndex: MatcherIndex = buildMatcherIndex(synthetic);
  const buildMs = Number(process.hrtime.bigint() - buildStart) / 1e6;
  const ours = (index: MatcherIndex) => (text: string) => matchComplaint(index, text, { now: EVAL_NOW }).candidates;
  const fuseSeeded = fuseBaseline(seeded);
  const fuseBig = fuseBaseline(synthetic);

  const tSeeded = time(ours(seededIndex), texts, rounds);
  const tBig = time(ours(bigIndex), texts, rounds);
  const bSeeded = time(fuseSeeded, texts, baselineRounds);
  // Fuse takes seconds per complaint over 20,000 phrases: a sample of complaints, one run each, is plenty.
  const bBig = time(fuseBig, texts.slice(0, BASELINE_SAMPLE_1000), 1, false);
  const mine = evaluate(dev, ours(seededIndex));
  const base = evaluate(dev, fuseSeeded);
  const mineTest = evaluate(test, ours(seededIndex));
  const baseTest = evaluate(test, fuseSeeded);
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    complaints: texts.length,
    seeded_conditions: seeded.length,
    p50_ms_seeded: r3(tSeeded.p50),
    p99_ms_seeded: r3(tSeeded.p99),
    raw_p99_ms_seeded: r3(tSeeded.rawP99),
    throughput_seeded: Math.round(tSeeded.throughput),
    p50_ms_1000: r3(tBig.p50),
    p99_ms_1000: r3(tBig.p99),
    raw_p99_ms_1000: r3(tBig.rawP99),
    throughput_1000: Math.round(tBig.throughput),
    build_ms_1000: Math.round(buildMs),
    baseline_p50_ms_seeded: r3(bSeeded.p50),
    baseline_p99_ms_seeded: r3(bSeeded.p99),
    baseline_throughput_seeded: Math.round(bSeeded.throughput),
    baseline_p50_ms_1000: r3(bBig.p50),
    baseline_p99_ms_1000: r3(bBig.p99),
    baseline_throughput_1000: Math.round(bBig.throughput),
    accuracy_dev: r3(mine.top1Accuracy),
    baseline_accuracy_dev: r3(base.top1Accuracy),
    none_high_dev: mine.noneMatchedHigh.length,
    baseline_none_high_dev: base.noneMatchedHigh.length,
    test_complaints: test.length,
    accuracy_test: r3(mineTest.top1Accuracy),
    baseline_accuracy_test: r3(baseTest.top1Accuracy),
    none_high_test: mineTest.noneMatchedHigh.length,
    baseline_none_high_test: baseTest.noneMatchedHigh.length,
    load_average: r3(loadavg()[0] ?? 0),
  };
}

export function formatMatcherBench(r: MatcherBenchResult): string {
  const pc = (x: number) => `${(x * 100).toFixed(1)}%`;
  const row = (name: string, cells: (string | number)[]) => `${name.padEnd(34)}${cells.map((c) => String(c).padStart(14)).join("")}`;
  return [
    `Complaint matcher benchmark (${r.complaints} complaints; index of 1,000 conditions built in ${r.build_ms_1000} ms)`,
    `(p50/p99 over complaints of each one's fastest of several runs; raw p99 over all runs; load average ${r.load_average})`,
    row("", ["p50 ms", "p99 ms", "raw p99 ms", "per second"]),
    row(`matcher, seeded (${r.seeded_conditions} conditions)`, [
      r.p50_ms_seeded,
      r.p99_ms_seeded,
      r.raw_p99_ms_seeded,
      r.throughput_seeded,
    ]),
    row("Fuse.js, seeded", [r.baseline_p50_ms_seeded, r.baseline_p99_ms_seeded, "", r.baseline_throughput_seeded]),
    row("matcher, 1,000 x 20 phrases", [r.p50_ms_1000, r.p99_ms_1000, r.raw_p99_ms_1000, r.throughput_1000]),
    row(`Fuse.js, 1,000 x 20 (${BASELINE_SAMPLE_1000} complaints)`, [
      r.baseline_p50_ms_1000,
      r.baseline_p99_ms_1000,
      "",
      r.baseline_throughput_1000,
    ]),
    "",
    row(`accuracy (test part: ${r.test_complaints} held-out)`, ["top-1 test", "none high", "top-1 dev*", "none high*"]),
    row("matcher", [pc(r.accuracy_test), r.none_high_test, pc(r.accuracy_dev), r.none_high_dev]),
    row("Fuse.js baseline", [
      pc(r.baseline_accuracy_test),
      r.baseline_none_high_test,
      pc(r.baseline_accuracy_dev),
      r.baseline_none_high_dev,
    ]),
    "* development part: the rules were written from these lines, so its figures are not accuracy.",
    "",
    `p99 at 1,000 conditions: ${r.p99_ms_1000} ms (target < 2 ms) — ${r.p99_ms_1000 < 2 ? "met" : "NOT met"}`,
  ].join("\n");
}

if (require.main === module) console.log(formatMatcherBench(runMatcherBench()));
