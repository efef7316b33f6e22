/**
 * Times both SQLite search plans (lib/domain/listing/search-plan.ts) on a bench:scale database file, for
 * the busy clinician and the admin, and prints which one the app chooses:
 *   npx tsx bench/scale/search-plans.ts /work/bench-data/scale-sqlite-1000000.db nunez neck "zoe nunez"
 * Read-only; the figures in docs/performance.md ("SQLite, a surname common overall") come from it.
 */
import Database from "better-sqlite3";
import { chooseSearchPlan } from "@/lib/domain/listing/search-plan";
import { BUSY_CLINICIAN_EMAIL } from "./seed-scale";

const [file, ...terms] = process.argv.slice(2);
if (!file || terms.length === 0) throw new Error("usage: search-plans.ts DB_FILE TERM...");
const db = new Database(file, { readonly: true, fileMustExist: true });
const clinician = db.prepare(`SELECT "id" FROM "User" WHERE "email" = ?`).get(BUSY_CLINICIAN_EMAIL) as { id: string };
const total = (db.prepare(`SELECT max("rowid") AS n FROM "ReferralSearchKey"`).get() as { n: number }).n;
const conditions = {
  walk: `AND EXISTS (SELECT 1 FROM "ReferralSearchKey" k JOIN "ReferralSearch" s ON s."rowid" = k."rowid" WHERE k."referralId" = r."id" AND "ReferralSearch" MATCH ?)`,
  in: `AND r."id" IN (SELECT k."referralId" FROM "ReferralSearch" s JOIN "ReferralSearchKey" k ON k."rowid" = s."rowid" WHERE "ReferralSearch" MATCH ?)`,
};
const ms = (run: () => unknown) => {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
};
for (const term of terms) {
  const phrase = `"${term.replace(/"/g, '""')}"`;
  const matches = (db.prepare(`SELECT count(*) AS n FROM "ReferralSearch" WHERE "ReferralSearch" MATCH ?`).get(phrase) as { n: number }).n;
  for (const scope of ["clinician", "admin"] as const) {
    const where = scope === "clinician" ? `r."clinicianId" = ?` : "TRUE";
    const args = scope === "clinician" ? [clinician.id, phrase] : [phrase];
    const time = (plan: keyof typeof conditions) =>
      ms(() =>
        db
          .prepare(`SELECT r."id" FROM "Referral" r WHERE ${where} ${conditions[plan]} ORDER BY r."createdAt" DESC, r."id" DESC LIMIT 21`)
          .all(...args),
      );
    console.log(
      JSON.stringify({
        term,
        scope,
        rows: total,
        matches,
        walkMs: Math.round(time("walk")),
        inMs: Math.round(time("in")),
        chosen: chooseSearchPlan(matches, total, 20),
      }),
    );
  }
}
