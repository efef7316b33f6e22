import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { Font } from "@react-pdf/renderer";
import { create, type Font as FontkitFont } from "fontkit";

/**
 * The PDF's font: DejaVu Sans, embedded (react-pdf keeps only the glyphs used). PDF's standard Helvetica
 * covers Latin-1 only, so "Łukasz", "Дмитрий" or "≥ 3 months" came out garbled; DejaVu covers Latin with
 * its extensions, Greek, Cyrillic, Vietnamese, arrows and math signs. Not CJK, Arabic shaping or Indic
 * scripts: text the font cannot draw is listed on the sheet instead of being silently dropped.
 * From the dejavu-fonts-ttf npm package (the DejaVu release files: nothing is downloaded at build or run
 * time).
 */
export const PDF_FONT_FAMILY = "DejaVu Sans";

// TrueType, not WOFF: fontkit inflates a WOFF table each time react-pdf reads it while subsetting, which
// made one referral PDF take ~0.7 s of CPU instead of ~0.06 s.
const fontFile = (weight: 400 | 700) =>
  path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", weight === 700 ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf");

/**
 * Registers DejaVu Sans with react-pdf and loads both weights, so that every glyph react-pdf lays out
 * keeps the characters it stands for (see keepCharactersOnCachedGlyphs). Call before each render.
 */
export async function preparePdfFont(): Promise<void> {
  // Asked of react-pdf's store, not a flag of this module: the store outlives a reloaded module (Next's
  // dev server, jest's per-file modules), and registering again would add a second set of sources.
  if (!Font.getRegisteredFonts()[PDF_FONT_FAMILY]) {
    Font.register({
      family: PDF_FONT_FAMILY,
      fonts: [
        { src: fontFile(400), fontWeight: 400 },
        { src: fontFile(700), fontWeight: 700 },
      ],
    });
    // No hyphenation: a citation or drug name split as "ran-domized" can't be searched or copied whole.
    Font.registerHyphenationCallback((word) => [word]);
  }
  for (const fontWeight of [400, 700]) {
    const descriptor = { fontFamily: PDF_FONT_FAMILY, fontWeight };
    await Font.load(descriptor);
    const loaded = Font.getFont(descriptor).data;
    if (loaded && "getGlyph" in loaded) keepCharactersOnCachedGlyphs(loaded);
  }
}

type GlyphSource = Pick<FontkitFont, "getGlyph">;
const guarded = new WeakSet<GlyphSource>();

/**
 * fontkit keeps one Glyph per glyph id for the life of the font, and the font lives as long as the server,
 * so a glyph's characters are those of whichever lookup came first (diegomura/react-pdf#3404):
 * - When a PDF's font subset holds a composed letter ("Ż" is drawn from "Z" and a dot), fontkit loads the
 *   parts by glyph id alone, and the cached "Z" has no characters. @react-pdf/textkit loses the character
 *   of such a glyph: the letter was still drawn, but the text layer (copy, search, screen readers) of every
 *   later PDF the server made read "N CJ-7S3A" for the referral code "NZCJ-7S3A".
 * - A ligature's glyph is also the glyph of its own character: after "office" laid "ffi" out as one glyph
 *   for f, f and i, a literal "ﬃ" (pasted from a journal PDF) was handed a glyph for three characters, and
 *   textkit cut the end off the paragraph ("over the knee" printed "over the kn").
 * So a glyph looked up for characters stands for exactly those: an empty cached glyph is given them; one
 * cached for other characters is answered with a view of it that carries the asked-for ones.
 * Left: a PDF maps each glyph to one text, so "office" and "oﬃce" in one document copy out alike.
 */
export function keepCharactersOnCachedGlyphs(font: GlyphSource): void {
  if (guarded.has(font)) return;
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (glyphId, characters = []) => {
    const glyph = getGlyph(glyphId, characters);
    if (!glyph || characters.length === 0 || sameCharacters(glyph.codePoints, characters)) return glyph;
    // fontkit derives isLigature from the characters when it builds a glyph; it follows them here.
    const answer = glyph.codePoints.length === 0 ? glyph : (Object.create(glyph) as typeof glyph);
    answer.codePoints = [...characters];
    answer.isLigature = characters.length > 1;
    return answer;
  };
  guarded.add(font);
}

const sameCharacters = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((c, i) => c === b[i]);

let coverage: FontkitFont | undefined;

/** The distinct characters of `text` that the PDF font has no glyph for, in order of appearance. */
export function charactersWithoutGlyph(text: string): string[] {
  coverage ??= create(readFileSync(fontFile(400))) as FontkitFont;
  const missing = new Set<string>();
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    // Controls and whitespace are layout, not glyphs; U+FE0F etc. (variation selectors) draw nothing.
    if (codePoint < 0x20 || /\s/u.test(char) || (codePoint >= 0xfe00 && codePoint <= 0xfe0f)) continue;
    if (!coverage.hasGlyphForCodePoint(codePoint)) missing.add(char);
  }
  return [...missing];
}
