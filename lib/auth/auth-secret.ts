import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { databaseProvider, resolveDatabaseUrl } from "@/lib/db/database-url";
import { serverEnv, type ServerEnv } from "@/lib/env";

/**
 * NEXTAUTH_SECRET signs session tokens. A production server on a shared database must be given one;
 * an embedded (SQLite) install creates its own random secret once and keeps it beside the database,
 * outside git, so a newcomer has nothing to generate by hand.
 */
export function resolveAuthSecret(env: Pick<ServerEnv, "NEXTAUTH_SECRET" | "DATABASE_URL" | "NODE_ENV"> = serverEnv()): string {
  const configured = env.NEXTAUTH_SECRET;
  if (configured) return configured;
  const url = resolveDatabaseUrl(env.DATABASE_URL);
  if (env.NODE_ENV === "production" && databaseProvider(url) !== "sqlite") {
    throw new Error(
      "NEXTAUTH_SECRET is not set. A production server on PostgreSQL refuses to start without it: " +
        "set NEXTAUTH_SECRET to a random value of at least 32 bytes (e.g. `openssl rand -base64 32`).",
    );
  }
  return embeddedSecret();
}

const SECRET_FILE = path.join(process.cwd(), "data", ".nextauth-secret");

function embeddedSecret(): string {
  if (existsSync(SECRET_FILE)) return readFileSync(SECRET_FILE, "utf8").trim();
  mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(SECRET_FILE, secret, { flag: "wx" });
  chmodSync(SECRET_FILE, 0o600);
  return secret;
}
