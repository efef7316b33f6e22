// The real react-pdf, loaded by Node's ESM loader (jest cannot load it; see the support file).
jest.mock("@react-pdf/renderer", () => jest.requireActual("../support/react-pdf-native"));

import { readFileSync } from "node:fs";
import path from "node:path";
import { create, type Font as FontkitFont } from "fontkit";
import { PDF_FONT_WEIGHTS, freshPdfFonts, loadedPdfFont } from "../support/fresh-pdf-fonts";

// pdf-font.ts: fontkit caches one glyph per id for the life of the server, with the characters of its first
// lookup. Each weight is checked on its own (the referral code prints in bold), on a freshly loaded font.
const fontFile = (weight: number) =>
  path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", weight === 700 ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf");
const glyphIdOf = (weight: number, char: string) =>
  (create(readFileSync(fontFile(weight))) as FontkitFont).glyphForCodePoint(char.codePointAt(0) ?? 0).id;
const charactersOf = (font: ReturnType<typeof loadedPdfFont>, text: string) =>
  font.layout(text).glyphs.map((g) => String.fromCodePoint(...g.codePoints));

beforeAll(async () => {
  await (jest.requireActual("../support/react-pdf-native") as { ready: Promise<unknown> }).ready;
});

describe.each(PDF_FONT_WEIGHTS)("the PDF font, weight %i", (weight) => {
  beforeEach(freshPdfFonts);

  test("a letter first loaded by glyph id (as a part of a composed letter, while subsetting) still stands for itself when typed", () => {
    const font = loadedPdfFont(weight);
    font.getGlyph(glyphIdOf(weight, "Z"));
    expect(charactersOf(font, "NZCJ")).toEqual(["N", "Z", "C", "J"]);
  });

  test("a ligature's glyph stands for its letters in a word and for the ligature character when that is typed", () => {
    const font = loadedPdfFont(weight);
    expect(charactersOf(font, "office")).toEqual(["o", "ffi", "c", "e"]);
    expect(charactersOf(font, "o\uFB03ce")).toEqual(["o", "\uFB03", "c", "e"]);
    // The first lookup's characters are not overwritten by the later one.
    expect(charactersOf(font, "office")).toEqual(["o", "ffi", "c", "e"]);
  });
});
