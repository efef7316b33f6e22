/**
 * `npm start`: prepare the database (migrate, seed), build when the sources changed, then serve.
 * On the embedded database it creates its own auth secret and demo accounts; nothing to configure.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { resolveAuthSecret } from "@/lib/auth/auth-secret";
import { parseEnv } from "@/lib/env";
import { databaseProvider, resolveDatabaseUrl } from "@/lib/db/database-url";
import { DEFAULT_DEMO_PASSWORD, DEMO_ADMIN_EMAIL, DEMO_CLINICIAN_EMAIL } from "@/prisma/seed";
import { ensureBuild } from "./ensure-build";
import { prepareAppDatabase } from "./prepare-app-database";

const root = path.join(__dirname, "..");

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  // Bad configuration stops here, naming the variable, before anything is migrated or built.
  const env = parseEnv({ ...process.env, NODE_ENV: "production" });
  const url = resolveDatabaseUrl(env.DATABASE_URL);
  const embedded = databaseProvider(url) === "sqlite";
  process.env.NEXTAUTH_SECRET = resolveAuthSecret(env);
  const port = process.env.PORT || "3000";
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

  console.log(`Preparing the ${embedded ? "embedded SQLite" : "PostgreSQL"} database…`);
  const { evidence } = await prepareAppDatabase(url);
  console.log(evidence.created ? `Evidence base seeded (version ${evidence.versionNumber}).` : "Evidence base up to date.");

  ensureBuild(root, console.log);

  const server = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-p", port], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, NODE_ENV: "production" },
  });
  server.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (chunk.toString().includes("Ready")) {
      console.log(`\nMassageRx is running at http://localhost:${port}`);
      if (embedded) {
        const password = process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD;
        console.log(`Demo sign-in (local demo only): ${DEMO_CLINICIAN_EMAIL} or ${DEMO_ADMIN_EMAIL}, password ${password}`);
      }
    }
  });
  const stop = (signal: NodeJS.Signals) => server.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
