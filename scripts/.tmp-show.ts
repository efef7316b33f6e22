import { seededIndex, loadDevSet, EVAL_NOW } from "@/scripts/evaluate-matcher";
import { matchComplaint } from "@/lib/domain/matcher";
const index = seededIndex();
const args = process.argv.slice(2);
const texts = args.length ? args : loadDevSet().map((d) => `${d.id}|${d.label}|${d.text}`);
for (const t of texts) {
  const [id, label, text] = t.includes("|") ? t.split("|") : ["-", "-", t];
  const r = matchComplaint(index, text ?? "", { now: EVAL_NOW });
  console.log(`\n${id} [${label}] ${text}`);
  for (const c of r.candidates) console.log(`   ${c.slug} ${c.score} ${c.confidence} :: ${c.matched.map((m) => m.text + " <" + m.why + ">").join(" | ")}${c.warnings.length ? "\n      ! " + c.warnings.join("\n      ! ") : ""}`);
  const f = r.facts;
  const fx = [f.duration ? `dur=${f.duration.category}/${f.duration.weeks}(${f.duration.span.text})` : "", f.side ? `side=${f.side}` : "", ...f.negated.map((m) => `NEG:${m.slug}:${m.span.text}`), ...f.historical.map((m) => `HIST:${m.slug}:${m.span.text}`), ...f.family.map((m) => `FAM:${m.slug}:${m.span.text}`), ...f.hypothetical.map((m) => `HYP:${m.slug}:${m.span.text}`), ...f.redFlags.map((r) => `RF:${r.code}/${r.urgency}:${r.span.text}`)].filter(Boolean);
  if (fx.length) console.log(`   facts: ${fx.join("; ")}`);
}
