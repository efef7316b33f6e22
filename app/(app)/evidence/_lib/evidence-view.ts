import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { getEvidenceView } from "@/lib/data/evidence";

/**
 * The evidence version an evidence page shows: `?version=<id>` or the current one; not found when that
 * version does not exist. `versionId` is what the page's links carry on (none for the current version,
 * so they keep following it).
 */
export async function evidenceViewFor(searchParams: Promise<{ version?: string }>) {
  await requireUser();
  const { version } = await searchParams;
  const view = await getEvidenceView(version);
  if (!view) notFound();
  return { view, versionId: view.isCurrent ? undefined : view.snapshot.versionId };
}
