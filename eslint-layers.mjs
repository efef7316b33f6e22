/**
 * The layers of docs/architecture.md, enforced. Arrows point the way imports may go:
 *
 *   app ──► components, lib/actions ──► lib/data, lib/auth ──► lib/db
 *            (all may use lib/schemas and lib/domain; lib/domain uses only itself and plain types)
 *
 * Type-only imports are allowed across layers (`import type`): they vanish at build time and carry no
 * behaviour. Each block below says what a folder may NOT import, with the reason in its message.
 */

const upward = (layer) => [
  { group: ["@/app", "@/app/**"], message: `${layer} must not import app/ (pages and routes sit on top).` },
  { group: ["@/components", "@/components/**"], message: `${layer} must not import components/ (UI sits above it).` },
];
const actions = (layer) => ({
  group: ["@/lib/actions", "@/lib/actions/**"],
  message: `${layer} must not import server actions (they sit above it).`,
});
const data = (layer) => ({ group: ["@/lib/data", "@/lib/data/**"], message: `${layer} must not import lib/data.` });
const db = (layer) => ({ group: ["@/lib/db", "@/lib/db/**", "@prisma/*"], message: `${layer} must not touch the database.` });

/**
 * lib/auth's leaf modules: they import nothing of lib/auth's session layer (which itself reads lib/data),
 * so lib/data may use them without an import cycle.
 */
const AUTH_LEAVES = [
  "password",
  "auth-settings",
  "auth-secret",
  "request-ip",
  "request-address",
  "session-token",
  "two-step-codes",
  "totp-secret-box",
];
const authSessionLayer = {
  group: ["@/lib/auth/*", ...AUTH_LEAVES.map((leaf) => `!@/lib/auth/${leaf}`)],
  message: `lib/data may import only lib/auth's leaf modules (${AUTH_LEAVES.join(", ")}): the rest of lib/auth imports lib/data.`,
};

const restrict = (files, patterns) => ({
  files,
  rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: patterns.map((p) => ({ ...p, allowTypeImports: true })) }] },
});

/** Client components ship to the browser: no database, no data layer, no session layer, no server-only code. */
const clientBoundary = {
  meta: {
    type: "problem",
    schema: [],
    messages: {
      server: 'A "use client" module must not import {{source}}: it would ship server code to the browser (docs/architecture.md).',
    },
  },
  create(context) {
    const body = context.sourceCode.ast.body;
    const first = body[0];
    const isClient = first && first.type === "ExpressionStatement" && first.directive === "use client";
    if (!isClient) return {};
    const forbidden = /^(@\/lib\/(data|db|auth)(\/|$)|server-only$|node:)/;
    return {
      ImportDeclaration(node) {
        if (node.importKind === "type") return;
        const source = String(node.source.value);
        if (forbidden.test(source)) context.report({ node, messageId: "server", data: { source } });
      },
    };
  },
};

/** Configuration is read in one place (lib/env.ts), validated, so a bad setting fails at start by name. */
const oneEnvModule = {
  files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "proxy.ts", "instrumentation.ts"],
  ignores: ["lib/env.ts", "lib/db/generated/**"],
  rules: {
    "no-restricted-properties": [
      "error",
      {
        object: "process",
        property: "env",
        message: "Read configuration through lib/env.ts (serverEnv()), where each variable is declared and validated.",
      },
    ],
  },
};

export const layerRules = [
  oneEnvModule,
  { plugins: { layers: { rules: { "client-boundary": clientBoundary } } } },
  { files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"], rules: { "layers/client-boundary": "error" } },
  restrict(
    ["lib/domain/**/*.ts"],
    [
      ...upward("lib/domain"),
      actions("lib/domain"),
      data("lib/domain"),
      db("lib/domain"),
      {
        group: ["@/lib/auth", "@/lib/auth/**", "@/lib/security/**", "@/lib/batch/**"],
        message: "lib/domain is pure: it must not import auth, security or batch code.",
      },
      {
        group: ["@/lib/schemas", "@/lib/schemas/**"],
        message:
          "lib/domain may import only types from lib/schemas (zod stays outside the domain): use `import type`, or move the value into lib/domain.",
      },
      {
        group: ["next", "next/*", "react", "react-dom", "server-only", "zod"],
        message: "lib/domain is framework-free (validation with zod happens in lib/schemas, around it).",
      },
    ],
  ),
  restrict(
    ["lib/schemas/**/*.ts"],
    [
      ...upward("lib/schemas"),
      actions("lib/schemas"),
      data("lib/schemas"),
      db("lib/schemas"),
      { group: ["@/lib/auth", "@/lib/auth/**"], message: "lib/schemas must not import lib/auth." },
    ],
  ),
  restrict(
    ["lib/db/**/*.ts"],
    [
      ...upward("lib/db"),
      actions("lib/db"),
      data("lib/db"),
      {
        group: ["@/lib/auth", "@/lib/auth/**", "@/lib/domain/**", "@/lib/schemas/**"],
        message: "lib/db is the bottom layer: it imports nothing of the app.",
      },
    ],
  ),
  restrict(["lib/data/**/*.ts"], [...upward("lib/data"), actions("lib/data"), authSessionLayer]),
  restrict(["lib/auth/**/*.ts"], [...upward("lib/auth"), actions("lib/auth")]),
  restrict(["lib/security/**/*.ts"], [...upward("lib/security"), actions("lib/security"), data("lib/security")]),
  restrict(["lib/actions/**/*.ts", "lib/batch/**/*.ts"], [...upward("lib/actions and lib/batch")]),
  restrict(
    ["components/**/*.{ts,tsx}"],
    [{ group: ["@/app", "@/app/**"], message: "components/ must not import app/ (pages sit on top)." }, db("components/")],
  ),
];
