import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * Issue 17's memory guard: no request may load an unbounded number of rows. At 10M audit events one
 * `findMany({ distinct })` without a `take` read the whole table into the server's memory and killed
 * it. So every `findMany` in lib/data must pass `take`, and every raw query must say LIMIT, unless the
 * line above carries a `memory-guard: bounded …` comment that says why its size is bounded by design
 * (a list of ids from one page, the staff accounts…). A new unbounded read fails here, in review.
 */
const root = path.join(__dirname, "..", "..");
const dataDir = path.join(root, "lib", "data");

interface Read {
  file: string;
  line: number;
  kind: string;
  bounded: boolean;
  excused: string | null;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

function excuseAbove(source: ts.SourceFile, node: ts.Node): string | null {
  const lines = source.text.split("\n");
  const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
  // The comment sits on one of the three lines above the call (or on its own line).
  for (let i = line; i >= Math.max(0, line - 3); i--) {
    const match = /memory-guard: bounded\b[\s—:-]*(.*)$/.exec(lines[i] ?? "");
    if (match) return match[1]?.trim() ?? "";
  }
  return null;
}

function hasTake(call: ts.CallExpression): boolean {
  const arg = call.arguments[0];
  return (
    !!arg &&
    ts.isObjectLiteralExpression(arg) &&
    arg.properties.some((p) => p.name !== undefined && ts.isIdentifier(p.name) && p.name.text === "take")
  );
}

function rawText(node: ts.Node, source: ts.SourceFile): string {
  return node.getText(source);
}

/**
 * A query written in the call says LIMIT. A query handed in as a value (a fragment built elsewhere) is
 * checked where it is written, as a sql`SELECT …` fragment, so the call itself passes.
 */
function boundedCall(node: ts.Node, source: ts.SourceFile): boolean {
  if (ts.isCallExpression(node) && node.arguments.length > 0 && !node.arguments.some(ts.isTemplateLiteral)) return true;
  return /\bLIMIT\b/.test(rawText(node, source));
}

/** Whether a fragment is interpolated into another query (`${…}` of an enclosing sql`` or $queryRaw``). */
function insideQuery(node: ts.Node, source: ts.SourceFile): boolean {
  for (let up = node.parent; up; up = up.parent) {
    if (ts.isTaggedTemplateExpression(up)) return /^(sql|.*\$queryRaw\w*)$/.test(up.tag.getText(source));
    if (ts.isFunctionLike(up)) return false;
  }
  return false;
}

function readsIn(file: string): Read[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: Read[] = [];
  const visit = (node: ts.Node) => {
    const at = { file: path.relative(root, file), line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 };
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "findMany") {
      found.push({ ...at, kind: "findMany", bounded: hasTake(node), excused: excuseAbove(source, node) });
    }
    const raw = ts.isTaggedTemplateExpression(node) ? node.tag : ts.isCallExpression(node) ? node.expression : null;
    if (raw && ts.isPropertyAccessExpression(raw) && /^\$queryRaw/.test(raw.name.text)) {
      found.push({ ...at, kind: raw.name.text, bounded: boundedCall(node, source), excused: excuseAbove(source, node) });
    }
    // A query written as a fragment (sql`SELECT …`) and handed to a reader elsewhere is held to it where
    // it is written. A sub-select inside a larger query is bounded by the outer one, and not listed.
    if (
      ts.isTaggedTemplateExpression(node) &&
      node.tag.getText(source) === "sql" &&
      /^`\s*(SELECT|WITH)\b/i.test(node.template.getText(source)) &&
      !insideQuery(node, source)
    ) {
      found.push({ ...at, kind: "sql`SELECT`", bounded: /\bLIMIT\b/.test(rawText(node, source)), excused: excuseAbove(source, node) });
    }
    // The driver-level readers of lib/db (hotReader, bulkReader) bypass Prisma but not this rule.
    if (raw && ts.isPropertyAccessExpression(raw) && raw.name.text === "rows" && /reader$/i.test(raw.expression.getText(source))) {
      const kind = `${raw.expression.getText(source)}.rows`;
      found.push({ ...at, kind, bounded: boundedCall(node, source), excused: excuseAbove(source, node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const reads = filesUnder(dataDir).flatMap(readsIn);

test("the guard sees the data layer's reads (it is not vacuously green)", () => {
  expect(reads.filter((r) => r.kind === "findMany").length).toBeGreaterThanOrEqual(5);
  expect(reads.some((r) => r.kind.startsWith("$queryRaw"))).toBe(true);
  expect(reads.filter((r) => r.kind === "bulkReader.rows").length).toBeGreaterThanOrEqual(2);
  expect(reads.some((r) => r.kind === "hotReader.rows")).toBe(true);
  expect(reads.some((r) => r.kind === "sql`SELECT`")).toBe(true);
});

test("every findMany and raw query in lib/data is bounded by a take / LIMIT, or says why it is bounded by design", () => {
  const unbounded = reads.filter((r) => !r.bounded && r.excused === null).map((r) => `${r.file}:${r.line} ${r.kind}`);
  expect(unbounded).toEqual([]);
});

test("each 'bounded by design' note gives a reason", () => {
  const bare = reads.filter((r) => !r.bounded && r.excused !== null && r.excused.length < 10).map((r) => `${r.file}:${r.line}`);
  expect(bare).toEqual([]);
});

test("the guard itself: a findMany without take is caught, one with take or a reason passes", () => {
  const probe = (code: string) => {
    const file = path.join(root, "probe.ts");
    const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
    let result: boolean | null = null;
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "findMany") {
        result = hasTake(node) || excuseAbove(source, node) !== null;
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return result;
  };
  expect(probe(`db.auditEvent.findMany({ distinct: ["action"] })`)).toBe(false);
  expect(probe(`db.auditEvent.findMany({ where, take: 50 })`)).toBe(true);
  expect(probe(`// memory-guard: bounded — the ids of one page\ndb.user.findMany({ where: { id: { in: ids } } })`)).toBe(true);
});
