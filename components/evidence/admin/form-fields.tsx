import { forwardRef, useId } from "react";
import type { FieldErrors, FieldValues } from "react-hook-form";

/**
 * Labelled textarea, select and checkbox for the curation forms; like TextField, each error and hint
 * is tied to its control with aria-describedby.
 */

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function HintAndError({ id, hint, error, position }: { id: string; hint?: string; error?: string; position: "hint" | "error" }) {
  if (position === "hint")
    return hint ? (
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        {hint}
      </p>
    ) : null;
  return error ? (
    <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
      {error}
    </p>
  ) : null;
}

type TextAreaProps = React.TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; error?: string; hint?: string };

export const TextArea = forwardRef<HTMLTextAreaElement, TextAreaProps>(function TextArea(
  { label, error, hint, id, rows = 3, ...rest },
  ref,
) {
  const generated = useId();
  const fieldId = id ?? generated;
  return (
    <div>
      <label htmlFor={fieldId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <HintAndError id={fieldId} hint={hint} position="hint" />
      <textarea
        ref={ref}
        id={fieldId}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
        className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 aria-[invalid=true]:border-red-700"
        {...rest}
      />
      <HintAndError id={fieldId} error={error} position="error" />
    </div>
  );
});

type SelectProps = React.SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  error?: string;
  hint?: string;
  options: ReadonlyArray<{ value: string; label: string }>;
};

export const SelectField = forwardRef<HTMLSelectElement, SelectProps>(function SelectField(
  { label, error, hint, id, options, ...rest },
  ref,
) {
  const generated = useId();
  const fieldId = id ?? generated;
  return (
    <div>
      <label htmlFor={fieldId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <HintAndError id={fieldId} hint={hint} position="hint" />
      <select
        ref={ref}
        id={fieldId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
        className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 aria-[invalid=true]:border-red-700"
        {...rest}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <HintAndError id={fieldId} error={error} position="error" />
    </div>
  );
});

type CheckboxProps = React.InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: string };

export const CheckboxField = forwardRef<HTMLInputElement, CheckboxProps>(function CheckboxField({ label, hint, id, ...rest }, ref) {
  const generated = useId();
  const fieldId = id ?? generated;
  return (
    <div className="flex items-start gap-2">
      <input ref={ref} id={fieldId} type="checkbox" aria-describedby={hint ? `${fieldId}-hint` : undefined} className="mt-1 h-4 w-4" {...rest} />
      <div>
        <label htmlFor={fieldId} className="text-sm font-medium text-slate-800">
          {label}
        </label>
        <HintAndError id={fieldId} hint={hint} position="hint" />
      </div>
    </div>
  );
});

/**
 * The first error message under a field path. List fields (one item per line) are validated item by
 * item, so their errors are nested by index: the line number is named, counting from 1.
 */
export function errorAt<T extends FieldValues>(errors: FieldErrors<T>, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  return firstMessage(node, undefined);
}

function firstMessage(node: unknown, line: number | undefined): string | undefined {
  if (!node || typeof node !== "object") return undefined;
  const message = (node as { message?: unknown }).message;
  if (typeof message === "string" && message) return line === undefined ? message : `Line ${line + 1}: ${message}`;
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) {
      const found = firstMessage(item, line ?? i);
      if (found) return found;
    }
    return undefined;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === "ref") continue; // a DOM element, not an error
    const found = firstMessage(value, line);
    if (found) return found;
  }
  return undefined;
}

/** "entity.icd10.2.code" → the form field "entity.icd10" and "Line 3: …". */
export function serverFieldTarget(key: string, message: string): { name: string; message: string } {
  const parts = key.split(".");
  const depth = parts[0] === "entity" ? 2 : 1;
  const name = parts.slice(0, depth).join(".");
  const index = parts[depth];
  return { name, message: index !== undefined && /^\d+$/.test(index) ? `Line ${Number(index) + 1}: ${message}` : message };
}
