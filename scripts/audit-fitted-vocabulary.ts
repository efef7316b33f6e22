/**
 * Audit of the matcher's vocabulary for entries fitted to labelled lines (issue 20): every form of the
 * clinical lexicon and the lay-term layer, every context trigger, pseudo-trigger and "no current symptoms"
 * phrase, every red-flag and different-condition pattern (alternatives expanded), is looked up verbatim
 * (lower-case, punctuation as spaces) in the DEVELOPMENT part only. A form found in exactly one or two
 * development lines may exist only because a line had it; each such form is listed with the lines' ids so a
 * reviewer can judge whether a general vocabulary justifies it. The test part is never opened here.
 *
 *   npx tsx scripts/audit-fitted-vocabulary.ts            summary + the forms found in 1-2 development lines
 *   npx tsx scripts/audit-fitted-vocabulary.ts --all      also every form and its development-line count
 */
import { LEXICON } from "@/lib/domain/matcher/lexicon-data";
import { FAMILY_TRIGGERS, NO_CURRENT_SYMPTOMS, PSEUDO_TRIGGERS, TRIGGERS } from "@/lib/domain/matcher/context-data";
import { DIFFERENT_CONDITIONS, RED_FLAGS } from "@/lib/domain/matcher/clinical-data";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { loadPart } from "./evaluate-matcher";

const MATCHER_DIR = path.resolve(__dirname, "../lib/domain/matcher");

/** The top-level alternatives of a regular expression's source ("a|b(c|d)" → ["a", "b(c|d)"]). */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
    } else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** The regular-expression constants of the pattern modules (exercise soreness, post-operative pain…), read
 * from their source so the audit needs no export from them: each alternative is one "form". */
function regexForms(): { group: string; form: string; re: RegExp }[] {
  const out: { group: string; form: string; re: RegExp }[] = [];
  for (const file of readdirSync(MATCHER_DIR).filter((f) => f.endsWith(".ts"))) {
    const source = readFileSync(path.join(MATCHER_DIR, file), "utf8");
    for (const m of source.matchAll(/const ([A-Z_]+)\s*=\s*\/(.+)\/([a-z]*);/g)) {
      const [, name, body = "", flags = ""] = m;
      for (const alt of topLevelAlternatives(body))
        out.push({ group: `${file.replace(/\.ts$/, "")} ${name}`, form: alt, re: new RegExp(alt, flags.replace("g", "")) });
    }
  }
  return out;
}

const normal = (s: string) =>
  ` ${s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;

/** "(a|b) c" → ["a c", "b c"]. */
export function expandPattern(pattern: string): string[] {
  const m = /\(([^()]*)\)/.exec(pattern);
  if (!m) return [pattern];
  return (m[1] ?? "").split("|").flatMap((alt) => expandPattern(pattern.slice(0, m.index) + alt + pattern.slice(m.index + m[0].length)));
}

interface Form {
  group: string;
  form: string;
}

function forms(): Form[] {
  const out: Form[] = [];
  for (const e of LEXICON)
    for (const form of e.forms) out.push({ group: e.source?.startsWith("CHV") || e.note ? "lexicon/lay terms" : "lexicon", form });
  for (const t of TRIGGERS) out.push({ group: "context triggers", form: t.phrase });
  for (const p of PSEUDO_TRIGGERS) out.push({ group: "pseudo-triggers", form: p });
  for (const p of FAMILY_TRIGGERS) out.push({ group: "family triggers", form: p });
  for (const p of NO_CURRENT_SYMPTOMS) out.push({ group: "no current symptoms", form: p });
  for (const f of RED_FLAGS) for (const p of f.patterns) for (const form of expandPattern(p)) out.push({ group: "red flags", form });
  for (const d of DIFFERENT_CONDITIONS)
    for (const p of d.patterns) for (const form of expandPattern(p)) out.push({ group: "different conditions", form });
  return out;
}

/** Removes one form from every vocabulary list, in memory, before anything compiles (the matcher builds its
 * tries on first use): `--without FORM` then shows what the development part loses without it. */
function withoutForm(form: string): void {
  const key = normal(form);
  for (const e of LEXICON) e.forms.splice(0, e.forms.length, ...e.forms.filter((f) => normal(f) !== key));
  const drop = <T>(list: T[], text: (x: T) => string) => list.splice(0, list.length, ...list.filter((x) => normal(text(x)) !== key));
  drop(TRIGGERS, (t) => t.phrase);
  for (const list of [PSEUDO_TRIGGERS, FAMILY_TRIGGERS, NO_CURRENT_SYMPTOMS]) drop(list, (x) => x);
  for (const d of [...RED_FLAGS, ...DIFFERENT_CONDITIONS])
    d.patterns.splice(0, d.patterns.length, ...d.patterns.flatMap((p) => expandPattern(p)).filter((p) => normal(p) !== key));
}

async function ablate(form: string): Promise<void> {
  withoutForm(form);
  const { evaluateSeeded } = await import("./evaluate-matcher");
  const r = evaluateSeeded(loadPart("dev"));
  console.log(`without\t${form}\t${r.top1Correct}\t${r.noneMatchedHigh.length}\t${r.misses.map((m) => m.id).join(",")}`);
}

function main(): void {
  const raw = loadPart("dev");
  const dev = raw.map((c) => ({ id: c.id, text: normal(c.text) }));
  const all = process.argv.includes("--all");
  const seen = new Map<string, { group: string; ids: string[] }>();
  for (const { group, form } of forms()) {
    const key = normal(form);
    if (seen.has(key) || key.trim() === "") continue;
    seen.set(key, { group, ids: dev.filter((d) => d.text.includes(key)).map((d) => d.id) });
  }
  const regexRows = regexForms().map((r) => ({ ...r, ids: raw.filter((d) => r.re.test(d.text)).map((d) => d.id) }));
  const rows = [...seen.entries()];
  const multi = rows.filter(([k]) => k.trim().includes(" "));
  const rare = (ids: string[]) => ids.length >= 1 && ids.length <= 2;
  console.log(`development lines: ${dev.length}; distinct forms: ${rows.length} (${multi.length} of two words or more)`);
  console.log(
    `forms found in 1-2 development lines: ${rows.filter(([, v]) => rare(v.ids)).length} (multi-word: ${multi.filter(([, v]) => rare(v.ids)).length})`,
  );
  for (const [k, v] of rows.filter(([, r]) => rare(r.ids) || all))
    console.log(`${v.ids.length}\t${v.group}\t${k.trim()}\t${v.ids.join(",")}`);
  console.log(
    `regular-expression alternatives of the pattern modules: ${regexRows.length}; found in 1-2 development lines: ${regexRows.filter((r) => rare(r.ids)).length}`,
  );
  for (const r of regexRows.filter((x) => rare(x.ids) || all)) console.log(`${r.ids.length}\t${r.group}\t${r.form}\t${r.ids.join(",")}`);
}

const without = process.argv.indexOf("--without");
if (without >= 0) void ablate(process.argv[without + 1] ?? "");
else main();
