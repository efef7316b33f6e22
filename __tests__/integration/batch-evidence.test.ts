/**
 * The batch commands' database opening (scripts/batch-evidence.ts): create/migrate/seed only when
 * needed; when the database is current, read it read-only, so they answer while another process holds
 * the write lock (as `npm start` does mid-write) instead of failing in a migration.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { sqliteFilePath } from "@/lib/db/database-url";
import { openBatchEvidence } from "@/scripts/batch-evidence";
import { holdWriteLock } from "../support/write-lock-holder";

const root = path.join(__dirname, "..", "..");
let dir: string;
let url: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "mrx-batch-"));
  url = `file:${path.join(dir, "batch.db")}`;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function versionCount(): number {
  const sqlite = new Database(sqliteFilePath(url), { readonly: true });
  const row = sqlite.prepare('SELECT COUNT(*) AS n FROM "EvidenceVersion"').get() as { n: number };
  sqlite.close();
  return row.n;
}

test("a fresh database is created, migrated and seeded; a current one is only read", async () => {
  const first = await openBatchEvidence(url);
  expect(first.prepared).toEqual(["created", "seeded"]);
  expect(first.snapshot.content.conditions.length).toBeGreaterThan(0);
  const second = await openBatchEvidence(url);
  expect(second.prepared).toEqual([]);
  expect(second.snapshot.versionId).toBe(first.snapshot.versionId);
  expect(versionCount()).toBe(1);
}, 120_000);

test("a migrated but unseeded database is seeded, without migrating again", async () => {
  // The integration setup gives each test file a migrated, empty database of its own.
  const result = await openBatchEvidence(process.env.DATABASE_URL);
  expect(result.prepared).toEqual(["seeded"]);
}, 60_000);

test("while another process holds the write lock, a current database still answers (read-only)", async () => {
  const holder = await holdWriteLock(url);
  try {
    const result = await openBatchEvidence(url);
    expect(result.prepared).toEqual([]);
    expect(result.snapshot.content.conditions.length).toBeGreaterThan(0);
  } finally {
    await holder.release();
  }
}, 60_000);

test("npm run match answers beside a held write lock, one JSON line per complaint", async () => {
  const input = path.join(dir, "in.jsonl");
  writeFileSync(
    input,
    [
      { id: "a", text: "62F bilat knee OA, worse on stairs x2y" },
      { id: "b", text: "chronic neck pain x 1 yr" },
    ]
      .map((l) => JSON.stringify(l))
      .join("\n"),
  );
  const holder = await holdWriteLock(url);
  let stdout: string;
  try {
    stdout = execFileSync("npx", ["tsx", "scripts/match-batch.ts", input], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url },
      encoding: "utf8",
      timeout: 90_000,
    });
  } finally {
    await holder.release();
  }
  const lines = stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { id: string; matches: { slug: string }[] });
  expect(lines.map((l) => l.id)).toEqual(["a", "b"]);
  expect(lines[0]!.matches[0]!.slug).toBe("knee-osteoarthritis");
  expect(lines[1]!.matches[0]!.slug).toBe("chronic-neck-pain");
  expect(versionCount()).toBe(1);
}, 120_000);
