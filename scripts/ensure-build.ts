/**
 * Builds the app (`next build`) only when .next is missing or older than its sources. Shared by
 * `npm start`, the two-instance test and the load test, so a fresh clone (CI) builds once and a
 * developer's unchanged checkout never rebuilds. `tsx scripts/ensure-build.ts` runs it on its own.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** The inputs of `next build`. Generated Prisma clients follow prisma/ and are skipped. */
const SOURCE_DIRS = ["app", "components", "lib", "prisma", "public"];
const SOURCE_FILES = [
  "next.config.js",
  "package-lock.json",
  "postcss.config.mjs",
  "tsconfig.json",
  "tsconfig.build.json",
  "proxy.ts",
  "instrumentation.ts",
];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  if (path.basename(entry) === "generated") return 0;
  return readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

export function buildIsStale(root: string): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return [...SOURCE_DIRS, ...SOURCE_FILES].some((p) => newestMtime(path.join(root, p)) > built);
}

/** Runs `next build` in root when needed; build output goes to stderr so callers' stdout stays theirs. */
export function ensureBuild(root: string, log: (line: string) => void = console.error): void {
  if (!buildIsStale(root)) return;
  log("Building the app (first run or sources changed)…");
  const build = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: ["ignore", 2, 2],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error(`next build failed (exit ${build.status ?? "signal"})`);
}

if (require.main === module) {
  try {
    ensureBuild(path.join(__dirname, ".."));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
