import type { Token } from "./tokenize";
import { BODY_PART_STEMS, normalWord } from "./lexicon";

export type Side = "left" | "right" | "bilateral";

const LEFT = new Set(["left", "lt", "lft"]);
const RIGHT = new Set(["right", "rt"]);
const BILATERAL = new Set(["bilateral", "bilat", "b/l", "bilaterally"]);
const PAIRED = new Set(
  ["side", "knee", "leg", "hip", "arm", "shoulder", "hand", "foot", "ankle", "temple", "calf", "thigh"].map(normalWord),
);

/** Which side the complaint is on: "R knee", "L>R", "bilat", "both knees". */
export function findSide(tokens: readonly Token[]): Side | null {
  let left = false;
  let right = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== "word") continue;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    if (BILATERAL.has(t.lower)) return "bilateral";
    if (t.lower === "both" && next && PAIRED.has(normalWord(next.lower))) return "bilateral";
    // Single letters are sides only in capitals or beside a body part ("R>L", "L knee", "knee (l)").
    const besidePart = !!next && next.kind === "word" && BODY_PART_STEMS.has(normalWord(next.lower));
    const comparison =
      next?.raw === ">" || next?.raw === "<" || next?.raw === "+" || prev?.raw === ">" || prev?.raw === "<" || prev?.raw === "+";
    const letter = (c: string) => t.raw === c || (t.lower === c.toLowerCase() && besidePart);
    if (LEFT.has(t.lower) || letter("L")) {
      if (comparison) return "bilateral";
      left = true;
    } else if (RIGHT.has(t.lower) || letter("R")) {
      if (comparison) return "bilateral";
      right = true;
    }
  }
  if (left && right) return "bilateral";
  if (left) return "left";
  if (right) return "right";
  return null;
}
