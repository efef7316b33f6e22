/**
 * Keyset ("seek") pagination over rows ordered newest first by (timestamp, id). A page is named by the
 * row it starts after, never by an offset, so a page keeps its place when new rows arrive and costs the
 * same at the millionth row as at the first (an index range read of one page, not a skip over all the
 * rows before it).
 *
 * A cursor is "<epoch milliseconds>.<id>": a time and a row id, nothing a patient could be recognised by,
 * so it may sit in a URL.
 */
export interface KeysetKey {
  at: Date;
  id: string;
}

/** Where a page starts: rows older than `cursor` ("older" page) or newer than it ("newer" page). */
export interface KeysetPosition {
  direction: "older" | "newer";
  cursor: KeysetKey;
}

export interface KeysetPage<T> {
  rows: T[];
  /** Cursor for the page of newer rows, or null on the newest page. */
  newer: string | null;
  /** Cursor for the page of older rows, or null on the oldest page. */
  older: string | null;
}

const CURSOR = /^(\d{1,15})\.([A-Za-z0-9_-]{1,64})$/;

export function encodeCursor(key: KeysetKey): string {
  return `${key.at.getTime()}.${key.id}`;
}

/** The key of a cursor from a URL, or null for anything that is not one (ignored like a missing cursor). */
export function decodeCursor(text: string | undefined | null): KeysetKey | null {
  const match = CURSOR.exec(text ?? "");
  if (!match?.[1] || !match[2]) return null;
  const at = new Date(Number(match[1]));
  return Number.isNaN(at.getTime()) ? null : { at, id: match[2] };
}

/** Reads `take` rows from a position: "older" newest first, "newer" oldest first (nearest the cursor first). */
export type KeysetFetch<T> = (query: { position: KeysetPosition | null; take: number }) => Promise<T[]>;

/**
 * One page newest first. Reads one row more than the page in the direction of travel to know whether
 * there is a further page; the other direction is known from the cursor (a row exists on its far side).
 * A "newer" page that reaches the newest row is replaced by the newest page, so it is never short.
 */
export async function readKeysetPage<T>(
  fetch: KeysetFetch<T>,
  keyOf: (row: T) => KeysetKey,
  position: KeysetPosition | null,
  pageSize: number,
): Promise<KeysetPage<T>> {
  const take = pageSize + 1;
  if (position?.direction === "newer") {
    const ascending = await fetch({ position, take });
    const more = ascending.length > pageSize;
    if (!more) return readKeysetPage(fetch, keyOf, null, pageSize);
    const rows = ascending.slice(0, pageSize).reverse();
    return { rows, newer: cursorOf(rows[0], keyOf), older: cursorOf(rows.at(-1), keyOf) };
  }
  const descending = await fetch({ position, take });
  const rows = descending.slice(0, pageSize);
  const older = descending.length > pageSize ? cursorOf(rows.at(-1), keyOf) : null;
  if (!position) return { rows, newer: null, older };
  return { rows, newer: rows.length > 0 ? cursorOf(rows[0], keyOf) : encodeCursor(position.cursor), older };
}

function cursorOf<T>(row: T | undefined, keyOf: (row: T) => KeysetKey): string | null {
  return row === undefined ? null : encodeCursor(keyOf(row));
}

/** The position named by a URL's `before` / `after` parameters; `before` wins when both are given. */
export function positionFrom(before: string | undefined | null, after: string | undefined | null): KeysetPosition | null {
  const older = decodeCursor(before);
  if (older) return { direction: "older", cursor: older };
  const newer = decodeCursor(after);
  return newer ? { direction: "newer", cursor: newer } : null;
}
