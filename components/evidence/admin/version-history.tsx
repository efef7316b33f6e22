import Link from "next/link";
import type { EvidenceVersionSummary } from "@/lib/data/evidence-store";
import { RestoreVersionForm } from "./lazy-forms";

const SOURCE_TEXT: Record<string, string> = { seed: "Seeded", admin: "Edited", restore: "Restored" };

/** Newest first: who, when (UTC), why and what changed, with a link to read each version. */
export function VersionHistory({ versions }: { versions: EvidenceVersionSummary[] }) {
  const current = versions[0];
  return (
    <ol className="space-y-4">
      {versions.map((v) => (
        <li key={v.id} className="rounded-lg border border-slate-300 bg-white p-4">
          <h2 className="text-lg font-semibold text-slate-900">
            Version {v.number}
            {v.id === current?.id && <span className="ml-2 text-sm font-normal text-slate-700">(current)</span>}
          </h2>
          <p className="text-sm text-slate-700">
            {SOURCE_TEXT[v.source] ?? v.source} {v.createdByName ? `by ${v.createdByName} ` : ""}on{" "}
            <time dateTime={v.createdAt.toISOString()}>{v.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC</time>
          </p>
          <p className="mt-2 text-slate-900">
            <span className="font-medium">Why:</span> {v.reason}
          </p>
          <h3 className="mt-2 text-sm font-semibold text-slate-900">What changed</h3>
          <ul className="list-disc pl-6 text-sm text-slate-800">
            {v.changes.length === 0 ? <li>No changes recorded</li> : v.changes.map((c, i) => <li key={i}>{c}</li>)}
          </ul>
          <p className="mt-2 text-sm">
            <Link href={`/evidence?version=${v.id}`} className="text-brand-800 underline">
              Read version {v.number}
            </Link>
          </p>
          {current && v.id !== current.id && (
            <details className="mt-3">
              <summary className="cursor-pointer text-sm font-semibold text-brand-800">Restore version {v.number}…</summary>
              <div className="mt-2">
                <RestoreVersionForm baseVersionId={current.id} versionId={v.id} versionNumber={v.number} />
              </div>
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}
