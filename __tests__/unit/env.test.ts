import { spawnSync } from "node:child_process";
import path from "node:path";
import { ConfigurationError, parseEnv } from "@/lib/env";

// Issue 15 item 3: one env module; bad configuration fails at start with a message naming the variable.
const root = path.join(__dirname, "..", "..");

function problemsOf(source: Record<string, string>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems.map((p) => p.variable);
    throw error;
  }
  return [];
}

describe("parseEnv", () => {
  test("an empty environment is valid: the embedded demo needs no configuration", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ NODE_ENV: "development", DATABASE_POOL_SIZE: 10, TRUST_PROXY: 0 });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.NEXTAUTH_SECRET).toBeUndefined();
  });

  test("typed values are parsed", () => {
    const env = parseEnv({
      DATABASE_POOL_SIZE: "25",
      TRUST_PROXY: "2",
      AUTH_IDLE_TIMEOUT_SECONDS: "600",
      NEXTAUTH_URL: "https://rx.example.org",
      SMTP_URL: "smtp://mail.example.org:587",
    });
    expect(env).toMatchObject({
      DATABASE_POOL_SIZE: 25,
      TRUST_PROXY: 2,
      AUTH_IDLE_TIMEOUT_SECONDS: 600,
      NEXTAUTH_URL: "https://rx.example.org",
      SMTP_URL: "smtp://mail.example.org:587",
    });
  });

  test("blank values mean not set (a blank line in an .env file), never a zero or an empty secret", () => {
    const env = parseEnv({ NEXTAUTH_SECRET: "   ", DATABASE_POOL_SIZE: "", AUTH_LOCKOUT_SECONDS: " " });
    expect(env.NEXTAUTH_SECRET).toBeUndefined();
    expect(env.DATABASE_POOL_SIZE).toBe(10);
    expect(env.AUTH_LOCKOUT_SECONDS).toBeUndefined();
  });

  test.each([
    ["DATABASE_URL", "mysql://db/rx"],
    ["DATABASE_POOL_SIZE", "lots"],
    ["DATABASE_POOL_SIZE", "0"],
    ["TRUST_PROXY", "yes"],
    ["TRUST_PROXY", "11"],
    ["AUTH_IDLE_TIMEOUT_SECONDS", "-5"],
    ["AUTH_LOCKOUT_SECONDS", "1.5"],
    ["NEXTAUTH_URL", "rx.example.org"],
    ["SMTP_URL", "mail.example.org"],
    ["NODE_ENV", "staging"],
  ])("%s=%s is refused, naming the variable", (variable, value) => {
    expect(problemsOf({ [variable]: value })).toEqual([variable]);
  });

  test("every bad variable is named at once, with what is wrong", () => {
    expect(() => parseEnv({ TRUST_PROXY: "yes", DATABASE_POOL_SIZE: "lots" })).toThrow(
      /TRUST_PROXY .*DATABASE_POOL_SIZE|DATABASE_POOL_SIZE .*TRUST_PROXY/,
    );
  });
});

describe("bad configuration stops the server before it serves", () => {
  test("the server start hook (as Next runs it) exits 1 naming the variable", () => {
    const script = `process.env.NEXT_RUNTIME = "nodejs"; require("./instrumentation").register()`;
    const result = spawnSync(process.execPath, ["--import", "tsx", "-e", script], {
      cwd: root,
      encoding: "utf8",
      env: { PATH: process.env.PATH, NODE_ENV: "production", TRUST_PROXY: "yes" },
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/MassageRx cannot start: Configuration error: TRUST_PROXY/);
  });

  test("npm start's script exits 1 naming the variable, before touching the database", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      cwd: root,
      encoding: "utf8",
      env: {
        PATH: process.env.PATH,
        NODE_ENV: "production",
        DATABASE_URL: "file:/nonexistent-dir/never-created.db",
        DATABASE_POOL_SIZE: "lots",
      },
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/DATABASE_POOL_SIZE/);
  });
});
