"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/action-result";
import type { EvidenceVersionSaved } from "@/lib/actions/commit-evidence-edit";
import { applyFieldErrors } from "@/components/ui/apply-field-errors";
import { serverFieldTarget } from "./form-fields";

type SaveAction<T> = (input: T) => Promise<ActionResult<EvidenceVersionSaved>>;

function hasPath(values: unknown, path: string): boolean {
  let node: unknown = values;
  for (const part of path.split(".")) {
    if (!node || typeof node !== "object" || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return true;
}

/**
 * Submits a curation form through its server action (TanStack mutation). The raw form values are sent,
 * not the parsed ones, because the action parses them with the same schema. On failure the typed
 * values stay and server errors land on their fields; on success the admin returns to the overview.
 */
export function useEvidenceSave<TIn extends FieldValues, TOut>(form: UseFormReturn<TIn, unknown, TOut>, action: SaveAction<TIn>) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const mutation = useMutation({ mutationFn: action });

  const onSubmit = form.handleSubmit(async () => {
    setFormError(null);
    const values = form.getValues();
    const result = await mutation.mutateAsync(values).catch(() => null);
    if (!result) {
      setFormError("The server could not save this change. Nothing was saved; try again.");
      return;
    }
    if (result.ok) {
      router.push(`/admin/evidence?saved=${result.data.versionNumber}`);
      router.refresh();
      return;
    }
    setFormError(result.error);
    // Only names the form really has: a server path is never trusted to be a field.
    applyFieldErrors(form.setError, result.fieldErrors, (key, message) => {
      const target = serverFieldTarget(key, message);
      return hasPath(values, target.name) ? target : null;
    });
  });

  return { onSubmit, formError, isPending: mutation.isPending || form.formState.isSubmitting };
}
