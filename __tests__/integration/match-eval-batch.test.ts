/**
 * `npm run match:eval` and `npm run match` read the evidence the database serves, read-only when it is
 * current, so they answer while another process holds the write lock (as `npm start` mid-save does).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openBatchEvidence } from "@/scripts/batch-evidence";
import { holdWriteLock } from "../support/write-lock-holder";

const root = path.join(__dirname, "..", "..");
let dir: string;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "mrx-eval-"));
  url = `file:${path.join(dir, "eval.db")}`;
  await openBatchEvidence(url); // create, migrate and seed once, as `npm start` would have
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (script: string, args: string[]) => {
  try {
    return {
      code: 0,
      stdout: execFileSync("npx", ["tsx", script, ...args], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: url },
        encoding: "utf8",
        timeout: 90_000,
      }),
    };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { code: e.status, stdout: e.stdout };
  }
};

test("match:eval reports the development and test parts apart, beside a held write lock, read-only", async () => {
  const file = path.join(dir, "labelled.jsonl");
  writeFileSync(
    file,
    [
      { id: "x1", text: "chronic neck pain x 1 yr", label: "chronic-neck-pain", also: [] },
      { id: "x2", text: "migraine with aura", label: "none", also: [] },
    ]
      .map((l) => JSON.stringify(l))
      .join("\n"),
  );
  const holder = await holdWriteLock(url);
  let one: ReturnType<typeof run>;
  let parts: ReturnType<typeof run>;
  try {
    one = run("scripts/evaluate-matcher.ts", [file]);
    parts = run("scripts/evaluate-matcher.ts", []);
  } finally {
    await holder.release();
  }
  expect(one.stdout).toMatch(/evidence version 1 of the database, read-only/);
  expect(one.stdout).toMatch(/top-1 accuracy\s+100\.0% \(2\/2\)/);
  expect(one.code).toBe(0);
  expect(parts.stdout).toMatch(/Development part \(rules were written from these lines\): \d+ complaints/);
  expect(parts.stdout).toMatch(/Test part \(held out from rule writing\): \d+ complaints/);
  // The test part's lines are never printed (no misses list after its header).
  expect(parts.stdout.split("Test part (held out")[1]).not.toMatch(/misses:/);
}, 180_000);

test("npm run match takes the intake's age and reports the age signal", () => {
  const input = path.join(dir, "in.jsonl");
  writeFileSync(
    input,
    [
      { id: "a", text: "chronic low back pain", age: 15 },
      { id: "b", text: "17-year-old with chronic neck pain" },
      { id: "c", text: "chronic LBP" },
    ]
      .map((l) => JSON.stringify(l))
      .join("\n"),
  );
  const { stdout } = run("scripts/match-batch.ts", [input]);
  const lines = stdout
    .trim()
    .split("\n")
    .map(
      (l) =>
        JSON.parse(l) as {
          id: string;
          matches: { slug: string; confidence: string }[];
          age: { years: number | null; group: string; source: string } | null;
        },
    );
  expect(lines[0]).toMatchObject({ age: { years: 15, group: "adolescent", source: "intake" } });
  expect(lines[0]!.matches[0]).toMatchObject({ slug: "chronic-low-back-pain", confidence: "medium" });
  expect(lines[1]).toMatchObject({ age: { years: 17, group: "adolescent", source: "text" } });
  expect(lines[2]!.age).toBeNull();
  expect(lines[2]!.matches[0]).toMatchObject({ slug: "chronic-low-back-pain", confidence: "high" });
}, 120_000);
