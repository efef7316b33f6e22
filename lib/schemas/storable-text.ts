/**
 * Text no database here can store or compare: NUL (PostgreSQL refuses it in text columns) and lone
 * UTF-16 surrogates (not valid UTF-8, so both drivers fail the query). A browser can send either inside
 * a server-action body; left unchecked they make the query throw and the request end in a 500.
 */
export const UNSTORABLE_TEXT_MESSAGE = "This text contains a character that can't be saved (an invisible control character); retype it";

export const isStorableText = (text: string): boolean => !text.includes("\u0000") && text.isWellFormed();

/** Input nests a few levels at most; anything deeper is refused by the schemas anyway. */
const MAX_DEPTH = 32;

/** The dotted path of the first string (in any nested object or array) that can't be stored, or null. */
export function findUnstorableText(input: unknown, path: string[] = []): string | null {
  if (typeof input === "string") return isStorableText(input) ? null : path.join(".");
  if (input === null || typeof input !== "object" || path.length >= MAX_DEPTH) return null;
  for (const [key, value] of Object.entries(input)) {
    const found = findUnstorableText(value, [...path, key]);
    if (found !== null) return found;
  }
  return null;
}

/** A version of text that can be stored, for ids written to the audit trail. */
export const storableText = (text: string): string => text.replace(/\u0000/g, "").toWellFormed();
