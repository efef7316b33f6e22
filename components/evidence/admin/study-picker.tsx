"use client";

import { useId } from "react";

/** The studies a recommendation cites, as a checkbox group kept as an array of study ids. */
export function StudyPicker({
  legend = "Studies it rests on (at least one)",
  options,
  value,
  onChange,
  onBlur,
  error,
}: {
  legend?: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  value: string[];
  onChange: (next: string[]) => void;
  onBlur: () => void;
  error?: string;
}) {
  const id = useId();
  const toggle = (studyId: string, checked: boolean) => onChange(checked ? [...value, studyId] : value.filter((v) => v !== studyId));
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined} className="rounded-md border border-slate-300 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-900">{legend}</legend>
      <ul className="grid gap-1 sm:grid-cols-2">
        {options.map((o) => (
          <li key={o.value} className="flex items-center gap-2">
            <input
              id={`${id}-${o.value}`}
              type="checkbox"
              className="h-4 w-4"
              checked={value.includes(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
              onBlur={onBlur}
            />
            <label htmlFor={`${id}-${o.value}`} className="text-sm text-slate-800">
              {o.label}
            </label>
          </li>
        ))}
      </ul>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
