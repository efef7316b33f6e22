import { expect, test } from "@playwright/test";
import { spawn } from "node:child_process";
import path from "node:path";
import { START_PROBE_PORT } from "../../playwright.config";

// Issue 19, "Must add: the server refuses to start without NEXTAUTH_SECRET in production", against the
// build itself: `next start` of this build, on a PostgreSQL URL with no NEXTAUTH_SECRET, must exit
// non-zero with the reason instead of staying up answering 500. No PostgreSQL server is needed: the check
// (instrumentation.ts) runs before anything connects. If it ever stayed up, it is killed after the wait.
test("next start of the build on PostgreSQL without NEXTAUTH_SECRET exits non-zero and says why", async () => {
  const root = path.join(__dirname, "..", "..");
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: "postgresql://nobody@127.0.0.1:9/none",
  };
  const server = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-p", String(START_PROBE_PORT)], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | string>((resolve) => {
    const timer = setTimeout(() => {
      server.kill("SIGKILL");
      resolve("still running after 45 s");
    }, 45_000);
    server.on("exit", (exitCode, signal) => {
      clearTimeout(timer);
      resolve(exitCode ?? String(signal));
    });
  });
  expect({ code, refused: /MassageRx cannot start: NEXTAUTH_SECRET is not set/.test(output) }).toEqual({ code: 1, refused: true });
  // Nothing was served in the meantime.
  await expect(fetch(`http://localhost:${START_PROBE_PORT}/api/health`)).rejects.toThrow();
});
