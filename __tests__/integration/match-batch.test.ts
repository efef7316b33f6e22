import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** `npm run match` end to end: creates, migrates and seeds its own database, prints JSON lines only. */
test("npm run match prints one JSON line per complaint, best match first, [] for no match", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mrx-match-"));
  const input = path.join(dir, "in.jsonl");
  writeFileSync(
    input,
    [
      { id: "a", text: "62F bilat knee OA, worse on stairs x2y" },
      // Plantar heel pain is in the evidence base since issue 21; tennis elbow is not.
      { id: "b", text: "tennis elbow, lateral epicondylitis after painting" },
      { id: "c", text: "chronic neck pain and tension headaches x 1 yr" },
    ]
      .map((l) => JSON.stringify(l))
      .join("\n"),
  );
  const stdout = execFileSync("npx", ["tsx", "scripts/match-batch.ts", input], {
    cwd: path.join(__dirname, "..", ".."),
    env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "match.db")}` },
    encoding: "utf8",
  });
  const lines = stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { id: string; matches: { slug: string; score: number; confidence: string }[] });
  expect(lines.map((l) => l.id)).toEqual(["a", "b", "c"]);
  expect(lines[0]!.matches[0]).toMatchObject({ slug: "knee-osteoarthritis", confidence: "high" });
  expect(lines[1]!.matches.filter((m) => m.confidence === "high")).toEqual([]);
  expect(lines[2]!.matches.slice(0, 3).map((m) => m.slug)).toEqual(expect.arrayContaining(["chronic-neck-pain", "tension-type-headache"]));
  for (const line of lines) for (const m of line.matches) expect(m.score).toBeGreaterThanOrEqual(0);
}, 120_000);

/** `npm run match -- in.jsonl | head -n 1`: the reader stops early; the script stops quietly, exit 0. */
test("npm run match exits 0 without an error when its output pipe closes early (| head)", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mrx-match-pipe-"));
  const input = path.join(dir, "in.jsonl");
  writeFileSync(
    input,
    Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: String(i), text: "chronic neck pain x 1 yr" })).join("\n"),
  );
  const child = spawn("npx", ["tsx", "scripts/match-batch.ts", input], {
    cwd: path.join(__dirname, "..", ".."),
    env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "match.db")}` },
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  let first = "";
  // Read the first line, then close the pipe as `head -n 1` does while the script is still writing.
  child.stdout.on("data", (chunk: Buffer) => {
    first += chunk.toString();
    if (first.includes("\n")) child.stdout.destroy();
  });
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  expect(JSON.parse(first.split("\n")[0] ?? "")).toMatchObject({ id: "0" });
  expect(stderr).not.toMatch(/EPIPE|Error/);
  expect(code).toBe(0);
}, 120_000);
