import "server-only";
import { createPrismaClient, type Db } from "./create-client";

export type { Db } from "./create-client";

/** One Prisma client per process (kept across hot reloads in development). */
const globalForPrisma = globalThis as unknown as { massagerxPrisma?: Db };

export const db: Db = globalForPrisma.massagerxPrisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.massagerxPrisma = db;
