import Link from "next/link";

/** Says which version is on screen, so an old version is never mistaken for the current evidence. */
export function VersionNotice({
  versionNumber,
  isCurrent,
  currentHref,
}: {
  versionNumber: number;
  isCurrent: boolean;
  currentHref: string;
}) {
  if (isCurrent) return <p className="text-sm text-slate-700">Evidence version {versionNumber} (current).</p>;
  return (
    <p role="note" className="rounded-md border border-amber-700 bg-amber-50 p-3 text-sm text-amber-900">
      You are reading evidence version {versionNumber}, which is not the current version.{" "}
      <Link href={currentHref} className="font-semibold underline">
        See the current evidence
      </Link>
      .
    </p>
  );
}

/** Appends ?version= to internal evidence links while an old version is on screen. */
export function withVersion(href: string, versionId: string | undefined): string {
  return versionId ? `${href}?version=${encodeURIComponent(versionId)}` : href;
}
