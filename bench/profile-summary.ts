/**
 * Summarises a V8 .cpuprofile (node --cpu-prof): self time per source file and per package, with the
 * server bundles' positions mapped back to their sources through the build's source maps (node:module's
 * SourceMap; no dependency). Usage: tsx bench/profile-summary.ts FILE.cpuprofile [top] [skip-ms]
 */
import { existsSync, readFileSync } from "node:fs";
import { SourceMap, type SourceMapPayload } from "node:module";
import { fileURLToPath } from "node:url";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Hotspot {
  key: string;
  ms: number;
  share: number;
}

const maps = new Map<string, SourceMap | null>();

function sourceMapFor(url: string): SourceMap | null {
  if (maps.has(url)) return maps.get(url) ?? null;
  let map: SourceMap | null = null;
  try {
    const file = url.startsWith("file://") ? fileURLToPath(url) : url;
    if (existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, "utf8")) as SourceMapPayload);
  } catch {
    map = null;
  }
  maps.set(url, map);
  return map;
}

/** "where" of a frame: the original source file (and line) when a source map knows it. */
function origin(frame: CallFrame): { file: string; line: number } {
  if (!frame.url) return { file: frame.functionName ? `(${frame.functionName})` : "(native)", line: 0 };
  const map = sourceMapFor(frame.url);
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber);
  if (entry && "originalSource" in entry && entry.originalSource) {
    return {
      file: entry.originalSource.replace(/^.*\[project\]\//, "").replace(/^file:\/\/.*?\/(node_modules|lib|app|components)\//, "$1/"),
      line: entry.originalLine + 1,
    };
  }
  return { file: frame.url.replace(/^file:\/\/.*?\/(node_modules|\.next|lib|app|components)\//, "$1/"), line: frame.lineNumber + 1 };
}

/**
 * Who owns a file: node_modules/<pkg>, Node core, Next's own sources (mapped as src/server/…), Prisma's
 * client runtime (its maps say client-engine-runtime/… or src/runtime/…), or our directory (lib/data…).
 */
export function packageOf(file: string): string {
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (nm?.[1]) return nm[1].replace(/^\.pnpm$/, "(pnpm)");
  if (file.startsWith("node:")) return "node (core)";
  if (file.startsWith("(")) return file.startsWith("(RegExp") ? "(regular expressions)" : file;
  if (file.startsWith("wasm:")) return "@prisma/client (query compiler, wasm)";
  if (file.startsWith("turbopack:")) return "turbopack runtime";
  if (/^webpack:\/\/next\//.test(file)) return "next";
  const clean = file.replace(/^webpack:\/\/[^/]*\//, "").replace(/^(\.\.\/|\.\/)+/, "");
  if (/^(client-engine-runtime|src\/runtime|runtime)\//.test(clean)) return "@prisma/client";
  if (/^(src|dist)\/(server|shared|client|lib|build)\//.test(clean)) return "next";
  if (/^(lib|app|components)\//.test(clean))
    return clean
      .split("/")
      .slice(0, 3)
      .join("/")
      .replace(/\.tsx?$/, "");
  return clean.split("/").slice(0, 2).join("/");
}

function top(totals: Map<string, number>, all: number, n: number): Hotspot[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, us]) => ({ key, ms: Math.round(us / 100) / 10, share: Math.round((us / all) * 1000) / 10 }));
}

export interface ProfileSummary {
  totalMs: number;
  byFunction: Hotspot[];
  byPackage: Hotspot[];
  /** Time with the package anywhere on the stack: what a request spends "inside" it. */
  inclusiveByPackage: Hotspot[];
}

/** Self and inclusive time; samples in the first `skipMs` (server start-up, warm-up) are left out. */
export function summariseProfile(profile: CpuProfile, n = 15, skipMs = 0): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const where = new Map<number, { fn: string; pkg: string }>();
  const describe = (id: number) => {
    let d = where.get(id);
    if (!d) {
      const frame = byId.get(id)?.callFrame ?? { functionName: "?", url: "", lineNumber: 0, columnNumber: 0 };
      const o = origin(frame);
      d = { fn: `${frame.functionName || "(anonymous)"} ${o.file}${o.line ? `:${o.line}` : ""}`, pkg: packageOf(o.file) };
      where.set(id, d);
    }
    return d;
  };
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, us: number) => m.set(k, (m.get(k) ?? 0) + us);
  let all = 0;
  let clock = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    clock += us;
    if (clock < skipMs * 1000) return;
    all += us;
    const d = describe(id);
    add(byFunction, d.fn, us);
    add(byPackage, d.pkg, us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) seen.add(describe(at).pkg);
    for (const pkg of seen) add(inclusive, pkg, us);
  });
  return {
    totalMs: Math.round(all / 1000),
    byFunction: top(byFunction, all, n),
    byPackage: top(byPackage, all, n),
    inclusiveByPackage: top(inclusive, all, n),
  };
}

export function formatSummary(s: ProfileSummary): string {
  const rows = (list: Hotspot[]) => list.map((h) => `${h.share.toFixed(1).padStart(6)}%  ${h.ms.toFixed(1).padStart(9)} ms  ${h.key}`);
  return [
    `Self time sampled: ${s.totalMs} ms`,
    "",
    "Self time by package / directory:",
    ...rows(s.byPackage),
    "",
    "Inclusive time (on the stack) by package / directory:",
    ...rows(s.inclusiveByPackage),
    "",
    "By function (self time):",
    ...rows(s.byFunction),
  ].join("\n");
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) throw new Error("usage: tsx bench/profile-summary.ts FILE.cpuprofile [top]");
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  console.log(formatSummary(summariseProfile(profile, Number(process.argv[3] ?? 25), Number(process.argv[4] ?? 0))));
}
