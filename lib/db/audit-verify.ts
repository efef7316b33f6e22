import { chainHash, GENESIS_HASH } from "./audit-chain";
import type { Db } from "./create-client";

export interface ChainReport {
  /** Rows read, in id order. */
  rows: number;
  /** Rows from before the chain began (no hash), all before the first chained row. */
  unchained: number;
  /** The newest row's hash: record it somewhere else to detect a cut-off tail later. */
  tip: string;
  /** The first row whose link is broken, or null when the whole chain holds. */
  broken: { id: number; reason: string } | null;
}

const PAGE = 5_000;

/**
 * Walks the audit trail in id order and checks every link: each row's prevHash is the hash of the
 * chained row before it, and its hash matches its own fields. Stops at the first broken link.
 * Reads a page at a time, so it runs in constant memory on any size of table.
 */
export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  const report: ChainReport = { rows: 0, unchained: 0, tip: GENESIS_HASH, broken: null };
  let previous = GENESIS_HASH;
  let chained = false;
  let after = 0;
  for (;;) {
    const page = await db.auditEvent.findMany({ where: { id: { gt: after } }, orderBy: { id: "asc" }, take: PAGE });
    for (const row of page) {
      report.rows += 1;
      after = row.id;
      if (row.hash === null || row.prevHash === null) {
        if (chained)
          return {
            ...report,
            broken: { id: row.id, reason: "it has no hash, but rows before it are chained: it was written outside the audit writer" },
          };
        report.unchained += 1;
        continue;
      }
      chained = true;
      if (row.prevHash !== previous) {
        return {
          ...report,
          broken: {
            id: row.id,
            reason: `it links to ${short(row.prevHash)}, but the chained row before it has hash ${short(previous)}: a row before it was removed or inserted`,
          },
        };
      }
      if (chainHash(row.prevHash, row) !== row.hash) {
        return { ...report, broken: { id: row.id, reason: "its fields do not match its hash: the row was changed after it was written" } };
      }
      previous = row.hash;
      report.tip = row.hash;
    }
    if (page.length < PAGE) return report;
  }
}

const short = (hash: string) => `${hash.slice(0, 12)}…`;
