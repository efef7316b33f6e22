import { z } from "zod";

/**
 * The one place that reads process.env (lint refuses `process.env` anywhere else in the app). Every
 * variable the server understands is declared here with its type and default, so a typo'd or malformed
 * setting stops `npm start` with a message naming the variable instead of being silently ignored.
 * See README "Configuration" for what each one does.
 */

const positiveSeconds = z.coerce.number().int("must be a whole number of seconds").positive("must be more than 0");
const optionalText = z
  .string()
  .transform((v) => v.trim())
  .transform((v) => (v === "" ? undefined : v))
  .optional();

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Set by Next.js: "nodejs" or "edge". */
  NEXT_RUNTIME: z.string().optional(),
  /** file:… (embedded SQLite, the default) or postgresql://… */
  DATABASE_URL: optionalText.refine(
    (v) => v === undefined || /^(file:|postgres(ql)?:\/\/)/.test(v),
    "must start with file: (embedded SQLite) or postgresql://",
  ),
  DATABASE_POOL_SIZE: z.coerce.number().int("must be a whole number").min(1).max(1000).default(10),
  /** Signs session tokens; optional on embedded SQLite (a secret is generated beside the database). */
  NEXTAUTH_SECRET: optionalText,
  /** The public URL; https:// turns on Secure, __Secure- prefixed cookies. */
  NEXTAUTH_URL: optionalText.refine((v) => v === undefined || URL.canParse(v), "must be a full URL such as https://massagerx.example.org"),
  /** How many reverse proxies in front of the app write X-Forwarded-For (0 = none: use the socket's address). */
  TRUST_PROXY: z.coerce.number().int("must be a whole number of proxy hops").min(0).max(10).default(0),
  AUTH_IDLE_TIMEOUT_SECONDS: positiveSeconds.optional(),
  AUTH_ABSOLUTE_LIFETIME_SECONDS: positiveSeconds.optional(),
  AUTH_REMEMBERED_LIFETIME_SECONDS: positiveSeconds.optional(),
  AUTH_MAX_FAILURES_PER_ACCOUNT: positiveSeconds.optional(),
  AUTH_MAX_FAILURES_PER_IP: positiveSeconds.optional(),
  AUTH_FAILURE_WINDOW_SECONDS: positiveSeconds.optional(),
  AUTH_LOCKOUT_SECONDS: positiveSeconds.optional(),
  /** smtp://user:pass@host:port or smtps://…; without it mail goes to the in-app outbox. */
  SMTP_URL: optionalText.refine((v) => v === undefined || /^smtps?:\/\/[^/\s]+/.test(v), "must be an smtp:// or smtps:// URL"),
  /** The From: of mail MassageRx sends. */
  MAIL_FROM: optionalText,
  PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /**
   * While a CSV export streams, how far (in %) V8 may grow the server's heap past what its last full
   * collection kept before it collects again (lib/security/heap-growth.ts). 0 leaves V8's own choice.
   */
  EXPORT_HEAP_GROWING_PERCENT: z.coerce.number().int("must be a whole number").min(0).max(300).default(30),
});

export type ServerEnv = z.infer<typeof envSchema>;
export type EnvSource = Record<string, string | undefined>;

/** Bad configuration, naming each variable and what is wrong with it. */
export class ConfigurationError extends Error {
  constructor(readonly problems: { variable: string; problem: string }[]) {
    super(`Configuration error: ${problems.map((p) => `${p.variable} ${p.problem}`).join("; ")}.`);
    this.name = "ConfigurationError";
  }
}

// Empty strings mean "not set" (a blank line in an .env file), as they always have here.
function withoutBlanks(source: EnvSource): EnvSource {
  const out: EnvSource = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = source[key];
    if (value !== undefined && value.trim() !== "") out[key] = value;
  }
  return out;
}

/** Parses an environment (process.env, or a test's own object); throws ConfigurationError when invalid. */
export function parseEnv(source: EnvSource): ServerEnv {
  const parsed = envSchema.safeParse(withoutBlanks(source));
  if (parsed.success) return parsed.data;
  throw new ConfigurationError(
    parsed.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? "environment"), problem: issue.message })),
  );
}

/**
 * This process's configuration. Parsed on each call (microseconds) rather than once, so a test that sets
 * a variable, and an operator reading settings at request time, see the current value.
 */
export function serverEnv(): ServerEnv {
  return parseEnv(process.env);
}

/** The environment handed to a child process (migrations), with overrides. */
export function childProcessEnv(overrides: EnvSource): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}
