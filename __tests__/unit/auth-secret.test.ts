import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import { resolveAuthSecret } from "@/lib/auth/auth-secret";
import { parseEnv } from "@/lib/env";
import { register } from "@/instrumentation";

// Property 17: production on a shared database refuses to start without NEXTAUTH_SECRET; no secret committed.
const PG = "postgresql://app:pw@localhost:5432/massagerx";
const root = path.join(__dirname, "..", "..");

describe("auth secret (property 17)", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  test("production + PostgreSQL + no secret: resolveAuthSecret throws with instructions", () => {
    expect(() => resolveAuthSecret(parseEnv({ NODE_ENV: "production", DATABASE_URL: PG }))).toThrow(/NEXTAUTH_SECRET is not set/);
    expect(() => resolveAuthSecret(parseEnv({ NODE_ENV: "production", DATABASE_URL: PG, NEXTAUTH_SECRET: "   " }))).toThrow(
      /NEXTAUTH_SECRET/,
    );
  });

  test("a configured secret is used as given", () => {
    expect(resolveAuthSecret(parseEnv({ NODE_ENV: "production", DATABASE_URL: PG, NEXTAUTH_SECRET: "s3cret-from-the-vault" }))).toBe(
      "s3cret-from-the-vault",
    );
  });

  test("the server start hook (instrumentation register) exits non-zero with the reason in that configuration", async () => {
    process.env = { ...saved, NEXT_RUNTIME: "nodejs", NODE_ENV: "production", DATABASE_URL: PG };
    delete process.env.NEXTAUTH_SECRET;
    const exit = jest.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      await register();
      expect(exit).toHaveBeenCalledWith(1);
      expect(error).toHaveBeenCalledWith(expect.stringMatching(/cannot start: NEXTAUTH_SECRET is not set/));
      exit.mockClear();
      process.env.NEXTAUTH_SECRET = "configured";
      await expect(register()).resolves.toBeUndefined();
      expect(exit).not.toHaveBeenCalled();
    } finally {
      exit.mockRestore();
      error.mockRestore();
    }
  });

  test("a real production server process without the secret exits non-zero with the message, instead of serving 500s", () => {
    // The start hook run the way Next runs it in a fresh process.
    const script = `process.env.NEXT_RUNTIME = "nodejs"; require("./instrumentation").register()`;
    const result = spawnSync(process.execPath, ["--import", "tsx", "-e", script], {
      cwd: root,
      encoding: "utf8",
      env: { PATH: process.env.PATH, NODE_ENV: "production", DATABASE_URL: PG },
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/MassageRx cannot start: NEXTAUTH_SECRET is not set/);
  });

  test("no secret is committed: the generated secret file and .env files are git-ignored, none tracked", () => {
    const git = (...args: string[]) => execFileSync("git", args, { cwd: root, encoding: "utf8" });
    for (const file of ["data/.nextauth-secret", ".env", ".env.local"]) {
      expect(git("check-ignore", file).trim()).toBe(file);
    }
    const tracked = git("ls-files").split("\n");
    expect(tracked.filter((f) => /(^|\/)\.env(\.|$)|nextauth-secret/.test(f))).toEqual([]);
    // git grep exits 1 when nothing matches: a secret-looking assignment in any tracked file fails.
    const grep = spawnSync("git", ["grep", "-I", "-l", "-E", "NEXTAUTH_SECRET=[A-Za-z0-9+/=_-]{20,}"], { cwd: root, encoding: "utf8" });
    expect(grep.stdout.trim()).toBe("");
    expect(grep.status).toBe(1);
  });
});
