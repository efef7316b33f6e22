import QRCode from "qrcode";

/**
 * A QR code as one SVG path of its dark modules, in module units (a 1-module quiet zone is not included:
 * the caller leaves white space around it). Drawn by the print view (<svg>) and the PDF (react-pdf <Svg>)
 * from the same path, so both carry the same code. Error correction M (15%): a creased or smudged printed
 * sheet still scans. Deterministic for a given text.
 */
export interface QrDrawing {
  /** Modules per side. */
  size: number;
  /** "M x y h1 v1 h-1 z" per dark module. */
  path: string;
}

export function qrDrawing(text: string): QrDrawing {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) parts.push(`M${col} ${row}h1v1h-1z`);
    }
  }
  return { size: modules.size, path: parts.join("") };
}
