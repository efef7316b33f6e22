import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.0/2.1 A and AA plus the 2.2 AA additions, as the accessibility spec asks. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Runs axe-core on the page as it is now and fails on any serious or critical violation, listing each
 * rule with the offending elements so a failure says what to fix. Minor and moderate findings are
 * printed but do not fail the run.
 */
export async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const describe = (v: (typeof results.violations)[number]) =>
    `${v.impact ?? "?"} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")} — ${n.failureSummary?.split("\n").join(" ") ?? ""}`).join("\n")}`;
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const other = results.violations.filter((v) => !blocking.includes(v));
  if (other.length > 0) console.log(`[axe] ${label}: minor findings\n${other.map(describe).join("\n")}`);
  expect(blocking.map(describe), `serious or critical axe violations on ${label}`).toEqual([]);
}
