/**
 * `npm run suggest` end to end: its own fresh database (created, migrated and seeded by the command), the
 * case table (__tests__/fixtures/safety-cases.jsonl) answered exactly as the jest table expects, and bad
 * lines answered with a per-line error while the other lines still run.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { actualOf, expectedOf, loadSafetyCases, SAFETY_CASES_FILE, type SuggestOutput } from "../support/safety-cases";

const root = path.join(__dirname, "..", "..");
let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), "mrx-suggest-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runSuggest(file: string): string[] {
  const stdout = execFileSync("npx", ["tsx", "scripts/suggest-batch.ts", file], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "suggest.db")}` },
    encoding: "utf8",
    timeout: 120_000,
  });
  return stdout.trim().split("\n");
}

test("the case table through npm run suggest: every line as expected, one JSON line per case, in order", () => {
  const cases = loadSafetyCases();
  // The table's dates of birth are relative to a fixed day; the command uses today. Only "ch-dob" depends on it (born 2014: a child until 2032).
  const lines = runSuggest(SAFETY_CASES_FILE).map((l) => JSON.parse(l) as SuggestOutput);
  expect(lines.map((l) => l.id)).toEqual(cases.map((c) => c.id));
  const mismatches = cases.flatMap((c, i) => {
    const actual = actualOf(lines[i]!);
    const expected = expectedOf(c, actual.condition);
    return JSON.stringify(actual) === JSON.stringify(expected) ? [] : [{ id: c.id, expected, actual }];
  });
  expect(mismatches).toEqual([]);
}, 180_000);

test("bad lines get a clear error of their own; good lines around them are still answered", () => {
  const file = path.join(dir, "mixed.jsonl");
  const good = { id: "ok-1", complaint: "Knee osteoarthritis, on apixaban", age: 70, sex: "FEMALE" };
  writeFileSync(
    file,
    [
      JSON.stringify(good),
      "{not json",
      "[1,2,3]",
      JSON.stringify({ id: 7, complaint: "", sex: "robot", dob: "2020-13-45" }),
      JSON.stringify({ id: "male-pregnant", complaint: "back pain", sex: "male", pregnantWeeks: 20 }),
      JSON.stringify({ id: "long", complaint: "x".repeat(5000) }),
      "",
      JSON.stringify({ ...good, id: "ok-2", findings: ["no-such-code"] }),
    ].join("\n"),
  );
  const out = runSuggest(file).map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(out).toHaveLength(7);
  expect(out[0]).toMatchObject({
    id: "ok-1",
    condition: "knee-osteoarthritis",
    safety: { outcome: "precautions", rules: [{ code: "bleeding", severity: "modify", trigger: 'complaint: "apixaban" (anticoagulant)' }] },
  });
  expect(out[1]).toEqual({ id: null, line: 2, error: "not valid JSON" });
  expect(out[2]).toEqual({ id: null, line: 3, error: "each line must be a JSON object" });
  expect(out[3]).toMatchObject({ id: 7, line: 4 });
  expect(String(out[3]!.error)).toMatch(/complaint: complaint is empty/);
  expect(String(out[3]!.error)).toMatch(/dob: dob must be a real date/);
  expect(String(out[3]!.error)).toMatch(/sex: sex must be/);
  expect(out[4]).toMatchObject({ id: "male-pregnant", error: "pregnantWeeks: pregnantWeeks given but sex is male" });
  expect(out[5]).toMatchObject({ id: "long", error: "complaint: complaint must be 2000 characters or fewer" });
  expect(out[6]).toMatchObject({ id: "ok-2", warnings: ['unknown finding code "no-such-code" ignored'] });
}, 180_000);
