import { execFileSync } from "node:child_process";

/** One word of a PDF page with its box, in points from the page's top-left corner. */
export interface PlacedWord {
  text: string;
  yMin: number;
  yMax: number;
}

export interface PrintedPage {
  height: number;
  words: PlacedWord[];
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** Every page of a PDF file with the position of each word (poppler's `pdftotext -bbox`). */
export function printedPages(pdfPath: string): PrintedPage[] {
  const xhtml = execFileSync("pdftotext", ["-bbox", pdfPath, "-"]).toString("utf8");
  return xhtml
    .split("<page ")
    .slice(1)
    .map((chunk) => ({
      height: Number(/height="([\d.]+)"/.exec(chunk)?.[1] ?? NaN),
      words: [...chunk.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        yMin: Number(m[1]),
        yMax: Number(m[2]),
        text: decode(m[3] ?? ""),
      })),
    }));
}
