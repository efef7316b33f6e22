/**
 * The server actions of a production build, read from `.next/server/server-reference-manifest.json`:
 * each action's id and the page it was registered for (the browser POSTs an action to the page it is
 * on). Pure file parsing, no HTTP: shared by the HTTP client, the benchmarks and the browser tests.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export interface ManifestAction {
  id: string;
  exportedName: string | undefined;
  /** The page the action is registered for, e.g. "app/(app)/intake/page". */
  worker: string;
}

interface ServerReferenceManifest {
  node: Record<string, { workers: Record<string, unknown>; exportedName?: string }>;
}

export function manifestFile(root: string): string {
  return path.join(root, ".next", "server", "server-reference-manifest.json");
}

/** Every server action of the build at `root`, in manifest order. */
export function readServerActions(root: string): ManifestAction[] {
  const manifest = JSON.parse(readFileSync(manifestFile(root), "utf8")) as ServerReferenceManifest;
  return Object.entries(manifest.node).map(([id, entry]) => {
    const workers = Object.keys(entry.workers);
    return { id, exportedName: entry.exportedName, worker: workers.find((w) => w.endsWith("/page")) ?? workers[0] ?? "app/page" };
  });
}

/**
 * "app/(app)/intake/page" -> "/intake": route groups are not part of the URL. `dynamic` fills in a
 * dynamic segment ("[id]"), which is kept as written by default.
 */
export function urlPathOf(worker: string, dynamic: (segment: string) => string = (segment) => segment): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/?page$/, "")
    .split("/");
  return `/${segments
    .filter((s) => s && !/^\(.+\)$/.test(s))
    .map((s) => (s.startsWith("[") ? dynamic(s) : s))
    .join("/")}`;
}
