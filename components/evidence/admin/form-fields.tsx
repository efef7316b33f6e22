import type { FieldErrors, FieldValues } from "react-hook-form";

/** The curation forms use the shared controls (components/ui/form-fields.tsx). */
export { CheckboxField, SelectField, TextAreaField as TextArea } from "@/components/ui/form-fields";

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
