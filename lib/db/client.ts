import "server-only";
import { createPrismaClient, type Db } from "./create-client";
import { createBulkReader, type BulkReader } from "./bulk-reader";
import { createHotReader, type HotReader } from "./hot-reader";
import { serverEnv } from "../env";

export type { Db } from "./create-client";

/** One Prisma client per process (kept across hot reloads in development). */
const globalForPrisma = globalThis as unknown as { massagerxPrisma?: Db; massagerxHotReader?: HotReader; massagerxBulkReader?: BulkReader };

export const db: Db = globalForPrisma.massagerxPrisma ?? createPrismaClient();

/** The per-request reads (session check, current evidence version): see hot-reader.ts. */
export const hotReader: HotReader = globalForPrisma.massagerxHotReader ?? createHotReader(db);

/** Reads of many rows for the streaming exports, on the driver itself: see bulk-reader.ts. */
export const bulkReader: BulkReader = globalForPrisma.massagerxBulkReader ?? createBulkReader();

if (serverEnv().NODE_ENV !== "production") {
  globalForPrisma.massagerxPrisma = db;
  globalForPrisma.massagerxHotReader = hotReader;
  globalForPrisma.massagerxBulkReader = bulkReader;
}
