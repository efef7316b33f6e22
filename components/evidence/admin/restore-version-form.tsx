"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { restoreEvidenceVersionAction } from "@/lib/actions/restore-evidence-version";
import { restoreEvidenceVersionSchema, type RestoreEvidenceVersionInput } from "@/lib/schemas/evidence-edit";
import { errorAt } from "./form-fields";
import { EvidenceFormShell, ReasonField } from "./form-shell";
import { useEvidenceSave } from "./use-evidence-save";

/** Restoring writes the old content as a new version; nothing in the history is overwritten. */
export function RestoreVersionForm({
  baseVersionId,
  versionId,
  versionNumber,
}: {
  baseVersionId: string;
  versionId: string;
  versionNumber: number;
}) {
  const form = useForm<RestoreEvidenceVersionInput, unknown, z.output<typeof restoreEvidenceVersionSchema>>({
    resolver: zodResolver(restoreEvidenceVersionSchema),
    defaultValues: { baseVersionId, versionId, reason: "" },
  });
  const save = useEvidenceSave(form, restoreEvidenceVersionAction);
  return (
    <EvidenceFormShell
      {...save}
      submitLabel={`Restore version ${versionNumber}`}
      reasonField={<ReasonField error={errorAt(form.formState.errors, "reason")} {...form.register("reason")} />}
    >
      <p className="text-sm text-slate-700">
        The evidence of version {versionNumber} becomes a new current version. Referrals keep the version they were made from.
      </p>
    </EvidenceFormShell>
  );
}
