import { readFileSync } from "node:fs";
import path from "node:path";

// Property 5: the installed versions (package-lock.json, what npm ci installs) are at or above the floor
// that carries the known security fixes.
const FLOOR: Record<string, string> = { next: "16.3.3", react: "19.2.8", "react-dom": "19.2.8", "next-auth": "4.24.15" };

function compare(a: string, b: string): number {
  const pa = a.split(/[.-]/).slice(0, 3).map(Number);
  const pb = b.split(/[.-]/).slice(0, 3).map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

describe("dependency floor (property 5)", () => {
  const lock = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package-lock.json"), "utf8")) as {
    packages: Record<string, { version?: string }>;
  };

  test("the version comparison itself orders versions numerically", () => {
    expect(compare("16.10.0", "16.3.3")).toBeGreaterThan(0);
    expect(compare("16.3.2", "16.3.3")).toBeLessThan(0);
    expect(compare("4.24.15", "4.24.15")).toBe(0);
  });

  test.each(Object.entries(FLOOR))("%s in package-lock.json is >= %s", (name, floor) => {
    const version = lock.packages[`node_modules/${name}`]?.version;
    expect(version).toBeDefined();
    expect(compare(version ?? "0", floor)).toBeGreaterThanOrEqual(0);
  });
});
