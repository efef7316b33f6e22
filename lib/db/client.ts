import "server-only";
import { createPrismaClient, type Db } from "./create-client";
import { createHotReader, type HotReader } from "./hot-reader";
import { serverEnv } from "../env";

export type { Db } from "./create-client";

/** One Prisma client per process (kept across hot reloads in development). */
const globalForPrisma = globalThis as unknown as { massagerxPrisma?: Db; massagerxHotReader?: HotReader };

export const db: Db = globalForPrisma.massagerxPrisma ?? createPrismaClient();

/** The per-request reads (session check, current evidence version): see hot-reader.ts. */
export const hotReader: HotReader = globalForPrisma.massagerxHotReader ?? createHotReader(db);

if (serverEnv().NODE_ENV !== "production") {
  globalForPrisma.massagerxPrisma = db;
  globalForPrisma.massagerxHotReader = hotReader;
}
