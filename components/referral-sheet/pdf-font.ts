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

let registered = false;
export function registerPdfFont(): void {
  if (registered) return;
  Font.register({
    family: PDF_FONT_FAMILY,
    fonts: [
      { src: fontFile(400), fontWeight: 400 },
      { src: fontFile(700), fontWeight: 700 },
    ],
  });
  // No hyphenation: a citation or drug name split as "ran-domized" can't be searched or copied whole.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}

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
