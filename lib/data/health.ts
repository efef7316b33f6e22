import "server-only";
import { db } from "@/lib/db/client";

/** True when the database answers a trivial query. */
export async function databaseIsUp(): Promise<boolean> {
  try {
    // memory-guard: bounded — SELECT 1 returns one row.
    await db.$queryRawUnsafe("SELECT 1");
    return true;
  } catch {
    return false;
  }
}
