import { createHash } from "node:crypto";
import { join, sqltag as sql } from "@prisma/client/runtime/client";
import type { Db } from "./create-client";
import type { AuditEvent } from "./generated/sqlite/client";

/**
 * The audit trail's hash chain. Each row stores the previous row's hash (`prevHash`, unique, so the
 * chain cannot fork) and its own `hash` = sha256 over prevHash and its fields. Editing, deleting or
 * inserting a row anywhere (possible only for someone who can drop the triggers) breaks the link at
 * that row; `npm run audit:verify` reports the first broken one. Rows written before the chain existed
 * have neither and may only precede it. Kept free of Next/server-only so scripts write through it too.
 */
export const GENESIS_HASH = "0".repeat(64);

/** The fields a row's hash covers (all but its id and its own links). */
export type AuditRow = Pick<AuditEvent, "at" | "userId" | "action" | "resourceType" | "resourceId" | "outcome" | "ip" | "detail">;

/** The hash of a row linked to prevHash. JSON of an array: unambiguous field boundaries, nulls kept. */
export function chainHash(prevHash: string, row: AuditRow): string {
  const fields = [
    prevHash,
    row.at.toISOString(),
    row.userId,
    row.action,
    row.resourceType,
    row.resourceId,
    row.outcome,
    row.ip,
    row.detail,
  ];
  return createHash("sha256").update(JSON.stringify(fields)).digest("hex");
}

/** The hash the next row must link to: the newest chained row's, or the genesis value. */
export async function readChainTip(db: Db): Promise<string> {
  const rows = await db.$queryRaw<{ hash: string }[]>`
    SELECT "hash" FROM "AuditEvent" WHERE "hash" IS NOT NULL ORDER BY "id" DESC LIMIT 1`;
  return rows[0]?.hash ?? GENESIS_HASH;
}

/** The chained values of rows appended after `tip`, in order, and the new tip. */
export function linkRows(tip: string, rows: readonly AuditRow[]): { links: { prevHash: string; hash: string }[]; tip: string } {
  const links: { prevHash: string; hash: string }[] = [];
  let prev = tip;
  for (const row of rows) {
    const hash = chainHash(prev, row);
    links.push({ prevHash: prev, hash });
    prev = hash;
  }
  return { links, tip: prev };
}

const ATTEMPTS = 5;

/**
 * Appends rows in one INSERT after the chain's tip and returns the new tip. `knownTip` (the tip this
 * process wrote last) saves a read; if another writer (another instance, a script) moved the tip, the
 * unique prevHash refuses the INSERT, and it is retried on the tip read afresh. Any other failure (the
 * database down) is thrown as it is.
 */
export async function appendAuditRows(db: Db, rows: readonly AuditRow[], knownTip?: string): Promise<string> {
  let tip = knownTip ?? (await readChainTip(db));
  for (let attempt = 1; ; attempt++) {
    const { links, tip: next } = linkRows(tip, rows);
    const values = rows.map((r, i) => {
      const link = links[i]!;
      return sql`(${r.at}, ${r.userId}, ${r.action}, ${r.resourceType}, ${r.resourceId}, ${r.outcome}, ${r.ip}, ${r.detail}, ${link.prevHash}, ${link.hash})`;
    });
    try {
      // `at` is given here because its default is applied by Prisma's query API, not by the database.
      await db.$executeRaw`
        INSERT INTO "AuditEvent" ("at", "userId", "action", "resourceType", "resourceId", "outcome", "ip", "detail", "prevHash", "hash")
        VALUES ${join(values)}`;
      return next;
    } catch (error) {
      const current = await readChainTip(db);
      if (current === tip || attempt >= ATTEMPTS) throw error;
      tip = current;
    }
  }
}
