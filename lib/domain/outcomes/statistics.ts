/** Order statistics the outcomes page reports. Pure; never mutates its input. */

/** Median of the values (mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[mid] as number;
  return ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Share of `count` in `of` (0..1), null when there is nothing to share. */
export function share(count: number, of: number): number | null {
  return of > 0 ? count / of : null;
}
