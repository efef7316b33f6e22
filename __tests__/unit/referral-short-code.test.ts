import { qrDrawing } from "@/lib/domain/referral-loop/qr-code";
import {
  newShortCode,
  normaliseShortCode,
  returnPathAfterSignIn,
  SHORT_CODE_ALPHABET,
  shortCodePath,
} from "@/lib/domain/referral-loop/short-code";
import jsQR from "jsqr";
import QRCode from "qrcode";

const seeded = (seed: number) => {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    // The high bits: an LCG's low bits cycle too soon to reach every index.
    return Math.floor((s / 2 ** 31) * n);
  };
};

describe("the referral's short code", () => {
  test("is 8 characters of Crockford base32 as XXXX-XXXX, from the random source given", () => {
    const code = newShortCode(seeded(7));
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(code).not.toMatch(/[ILOU]/);
    // The characters are exactly the alphabet's at the indexes drawn.
    const indexes = [0, 31, 1, 30, 2, 29, 3, 28];
    let i = 0;
    expect(newShortCode(() => indexes[i++] ?? 0)).toBe("0Z1Y-2X3W");
    expect(SHORT_CODE_ALPHABET).toHaveLength(32);
  });

  test("every character of the alphabet is reachable and nothing else appears (40 bits per code)", () => {
    const seen = new Set<string>();
    const random = seeded(42);
    for (let n = 0; n < 400; n++) for (const ch of newShortCode(random).replace("-", "")) seen.add(ch);
    expect([...seen].sort().join("")).toBe([...SHORT_CODE_ALPHABET].sort().join(""));
  });

  test("a code typed or scanned loosely is read back: case, spaces, no hyphen, O for 0, I or L for 1", () => {
    expect(normaliseShortCode("abcd-efgh")).toBe("ABCD-EFGH");
    expect(normaliseShortCode("ABCDEFGH")).toBe("ABCD-EFGH");
    expect(normaliseShortCode(" ab cd ef gh ")).toBe("ABCD-EFGH");
    expect(normaliseShortCode("O0IL-abcd")).toBe("0011-ABCD");
  });

  test("anything that cannot be a code is null, never an error (it comes from a URL)", () => {
    for (const bad of ["", "ABC-DEFG", "ABCD-EFGHJ", "ABCD-EFGU", "ABCD_EFGH", "../../etc", "A".repeat(500), "ÀBCD-EFGH"]) {
      expect(normaliseShortCode(bad)).toBeNull();
    }
  });

  test("the QR code points to /r/<code>", () => {
    expect(shortCodePath("ABCD-EFGH")).toBe("/r/ABCD-EFGH");
  });
});

describe("the QR drawing", () => {
  test("draws exactly the dark modules of the library's QR code for the text, as unit squares", () => {
    const text = "https://clinic.example/r/ABCD-EFGH";
    const drawing = qrDrawing(text);
    const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
    expect(drawing.size).toBe(modules.size);
    let dark = 0;
    for (let r = 0; r < modules.size; r++) for (let c = 0; c < modules.size; c++) if (modules.get(r, c)) dark++;
    expect(drawing.path.match(/M\d+ \d+h1v1h-1z/g)).toHaveLength(dark);
    // The three finder patterns: the top-left module of each is dark.
    expect(drawing.path).toContain("M0 0h1v1h-1z");
    expect(drawing.path).toContain(`M${modules.size - 1} 0h1v1h-1z`);
    expect(drawing.path).toContain(`M0 ${modules.size - 1}h1v1h-1z`);
  });

  test("is deterministic, and different codes draw differently", () => {
    expect(qrDrawing("https://x.test/r/ABCD-EFGH")).toEqual(qrDrawing("https://x.test/r/ABCD-EFGH"));
    expect(qrDrawing("https://x.test/r/ABCD-EFGH").path).not.toBe(qrDrawing("https://x.test/r/ABCD-EFGJ").path);
  });
});

describe("the QR drawing scans", () => {
  /** Paints the drawing's path as a browser or PDF viewer would (4 px a module, white quiet zone), for jsQR. */
  function raster(drawing: { size: number; path: string }, scale = 4, quiet = 4) {
    const side = (drawing.size + 2 * quiet) * scale;
    const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
    for (const [, c, r] of drawing.path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
      for (let y = 0; y < scale; y++) {
        for (let x = 0; x < scale; x++) {
          const at = (((Number(r) + quiet) * scale + y) * side + (Number(c) + quiet) * scale + x) * 4;
          pixels.set([0, 0, 0, 255], at);
        }
      }
    }
    return { pixels, side };
  }

  test("an independent QR reader (jsQR) reads the printed drawing back as the /r/<code> address", () => {
    const url = "https://massagerx.clinic.example/r/7KQ2-XM9D";
    const { pixels, side } = raster(qrDrawing(url));
    expect(jsQR(pixels, side, side)?.data).toBe(url);
  });
});

describe("sign-in continues to a scanned code, and nowhere else", () => {
  test("/r/<code> is kept (normalised); anything else goes home", () => {
    expect(returnPathAfterSignIn("/r/abcd-efgh")).toBe("/r/ABCD-EFGH");
    for (const next of [
      undefined,
      ["/r/ABCD-EFGH"],
      "",
      "/",
      "https://evil.example/r/ABCD-EFGH",
      "//evil.example",
      "/r/ABCD-EFGH/../admin",
      "/referrals/x",
      "/r/nope",
    ]) {
      expect(returnPathAfterSignIn(next)).toBe("/");
    }
  });
});
