import { Font } from "@react-pdf/renderer";
import { PDF_FONT_FAMILY, preparePdfFont } from "@/components/referral-sheet/pdf-font";

export const PDF_FONT_WEIGHTS = [400, 700] as const;

/** The fontkit font react-pdf lays a weight out with (the test file must map react-pdf to react-pdf-native). */
export function loadedPdfFont(fontWeight: (typeof PDF_FONT_WEIGHTS)[number]) {
  const font = Font.getFont({ fontFamily: PDF_FONT_FAMILY, fontWeight }).data;
  if (!font || !("layout" in font)) throw new Error(`the PDF font of weight ${fontWeight} is not loaded`);
  return font;
}

/**
 * Both weights of the PDF font loaded afresh, as after a server start, so a test knows which glyphs the
 * font has seen. It fails rather than pass on a warm font if react-pdf stops reloading a cleared source.
 */
export async function freshPdfFonts(): Promise<void> {
  await preparePdfFont();
  const sources = Font.getRegisteredFonts()[PDF_FONT_FAMILY]?.sources ?? [];
  if (sources.length !== PDF_FONT_WEIGHTS.length)
    throw new Error(`expected ${PDF_FONT_WEIGHTS.length} PDF font sources, found ${sources.length}`);
  const before = PDF_FONT_WEIGHTS.map(loadedPdfFont);
  for (const source of sources) {
    source.data = null;
    source.loadResultPromise = null;
  }
  await preparePdfFont();
  PDF_FONT_WEIGHTS.forEach((weight, i) => {
    if (loadedPdfFont(weight) === before[i]) throw new Error(`the PDF font of weight ${weight} was not reloaded`);
  });
}
