import { matchComplaint as matchText, type MatchOptions } from "./match-complaint";
import type { MatcherIndex } from "./build-index";
import type { MatchResult } from "./types";

/**
 * ICD-10-CM titles put a spine region after the diagnosis, as a comma qualifier: "Spondylosis without
 * myelopathy or radiculopathy, cervical region", "Other spondylosis, lumbar region" (categories M40-M54).
 * Read that way, the region is too far from the diagnosis for any phrase. So the complaint is matched
 * with each such qualifier moved before the diagnosis it qualifies ("cervical spondylosis without ..."),
 * skipping ICD's leading "Other" / "Unspecified", and every span of the result is mapped back to the
 * characters of the text as written (a moved span covers the words from the diagnosis to the region).
 */
const REGION_QUALIFIER =
  /,\s*(occipito-atlanto-axial|cervicothoracic|cervical|thoracolumbar|thoracic|lumbosacral|lumbar|sacral and sacrococcygeal)\s+region\b/gi;
const HAS_REGION_QUALIFIER = new RegExp(REGION_QUALIFIER.source, "i");
const ICD_LEAD_WORDS = /^(?:(?:other|unspecified)\s+)*/i;

interface Reordered {
  text: string;
  /** For each character of `text`, the index of the character of the original it stands for. */
  source: number[];
}

export function reorderRegionQualifiers(original: string): Reordered {
  let text = original;
  let source = Array.from(original, (_, i) => i);
  // Right to left, so earlier indices stay valid while later qualifiers move.
  const found = [...original.matchAll(REGION_QUALIFIER)].reverse();
  for (const m of found) {
    const at = m.index ?? 0;
    const region = m[1] ?? "";
    // The qualified diagnosis starts after the previous comma, full stop or ICD code, if any.
    const before = text.slice(0, at);
    const clauseStart = Math.max(before.lastIndexOf(",") + 1, before.lastIndexOf(".") + 1, codeEnd(before));
    const lead = ICD_LEAD_WORDS.exec(before.slice(clauseStart).trimStart())?.[0] ?? "";
    const headStart = clauseStart + (before.slice(clauseStart).length - before.slice(clauseStart).trimStart().length) + lead.length;
    const regionAt = at + m[0].indexOf(region);
    const regionSource = source.slice(regionAt, regionAt + region.length);
    const afterQualifier = at + m[0].length;
    text = text.slice(0, headStart) + region + " " + text.slice(headStart, at) + text.slice(afterQualifier);
    source = [
      ...source.slice(0, headStart),
      ...regionSource,
      source[regionAt + region.length - 1] ?? 0,
      ...source.slice(headStart, at),
      ...source.slice(afterQualifier),
    ];
  }
  return { text, source };
}

/** End of a leading ICD-10-CM code ("M47.812 "), or 0. */
function codeEnd(text: string): number {
  const m = /^\s*[A-TV-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?\s+/.exec(text);
  return m ? m[0].length : 0;
}

/** `matchComplaint` of the engine, on the complaint with ICD region qualifiers before their diagnosis. */
export function matchComplaint(index: MatcherIndex, text: string, options: MatchOptions = {}): MatchResult {
  if (typeof text !== "string" || !HAS_REGION_QUALIFIER.test(text)) return matchText(index, text, options);
  const { text: reordered, source } = reorderRegionQualifiers(text);
  return remapSpans(matchText(index, reordered, options), source);
}

/** Every { start, end } of the result, mapped back through `source` to the original text. */
function remapSpans<T>(value: T, source: number[]): T {
  if (Array.isArray(value)) return value.map((v: unknown) => remapSpans(v, source)) as T;
  // Only plain objects hold spans; anything else (a Date) is returned as it is.
  if (value === null || typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = remapSpans(v, source);
  if (typeof out.start === "number" && typeof out.end === "number" && out.end > out.start) {
    const mapped = source.slice(out.start, out.end);
    if (mapped.length > 0) {
      out.start = Math.min(...mapped);
      out.end = Math.max(...mapped) + 1;
    }
  }
  return out as T;
}
