import { csvCell, csvLine } from "@/lib/domain/audit/csv";

describe("audit CSV", () => {
  test("quotes commas, quotes and newlines", () => {
    expect(csvLine(["a,b", 'say "hi"', "x\ny", null, 3])).toBe('"a,b","say ""hi""","x\ny",,3\r\n');
  });
  test("defuses spreadsheet formulas", () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("auth.sign-in")).toBe("auth.sign-in");
  });
});
