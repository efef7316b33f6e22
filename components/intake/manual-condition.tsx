"use client";

import { useId, useState } from "react";
import type { ConditionOption } from "@/lib/actions/suggest-shared";
import { buttonSecondary, SelectField } from "./fields";

interface Props {
  conditions: ConditionOption[];
  pending: boolean;
  error: string | null;
  onChoose: (slug: string) => void;
}

/** Choose a condition of the evidence base by hand. Its card still goes through this patient's safety screen. */
export function ManualCondition({ conditions, pending, error, onChoose }: Props) {
  const [slug, setSlug] = useState("");
  const [localError, setLocalError] = useState<string | null>(null);
  const id = useId();
  return (
    <div className="flex flex-wrap items-end gap-3">
      <SelectField
        id={id}
        label="Condition from the evidence base"
        placeholder="Choose a condition…"
        options={conditions.map((c) => ({ value: c.slug, label: c.name }))}
        value={slug}
        onChange={(e) => {
          setSlug(e.target.value);
          setLocalError(null);
        }}
        error={localError ?? error ?? undefined}
        className="min-w-64"
      />
      <button
        type="button"
        className={buttonSecondary}
        disabled={pending}
        onClick={() => (slug ? onChoose(slug) : setLocalError("Choose a condition"))}
      >
        {pending ? "Loading…" : "Show the evidence for this condition"}
      </button>
    </div>
  );
}
