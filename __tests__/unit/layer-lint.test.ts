import { execFileSync } from "node:child_process";
import path from "node:path";

/**
 * `npm run lint` enforces the layers of docs/architecture.md. Each case lints a line of code as if it
 * were written in a real file of that layer (ESLint's lintText with that file's path, so the layer's
 * rules apply) and expects the named rule to fire, or not to.
 */
const ROOT = path.resolve(__dirname, "../..");

interface Case {
  name: string;
  file: string;
  code: string;
  rule: string | null;
}

const cases: Case[] = [
  {
    name: "domain importing the database",
    file: "lib/domain/dose/dose.ts",
    code: 'import { prisma } from "@/lib/db/client";\nexport const p = prisma;\n',
    rule: "@typescript-eslint/no-restricted-imports",
  },
  {
    name: "domain importing a zod schema value",
    file: "lib/domain/dose/dose.ts",
    code: 'import { intakeSchema } from "@/lib/schemas/intake";\nexport const s = intakeSchema;\n',
    rule: "@typescript-eslint/no-restricted-imports",
  },
  {
    name: "domain importing zod itself",
    file: "lib/domain/dose/dose.ts",
    code: 'import { z } from "zod";\nexport const s = z.string();\n',
    rule: "@typescript-eslint/no-restricted-imports",
  },
  {
    name: "domain importing React",
    file: "lib/domain/dose/dose.ts",
    code: 'import { useState } from "react";\nexport const u = useState;\n',
    rule: "@typescript-eslint/no-restricted-imports",
  },
  {
    name: "domain importing only a type from schemas",
    file: "lib/domain/dose/dose.ts",
    code: 'import type { IntakeInput } from "@/lib/schemas/intake";\nexport type I = IntakeInput;\n',
    rule: null,
  },
  {
    name: "data layer importing the session layer",
    file: "lib/data/users.ts",
    code: 'import { getCurrentUser } from "@/lib/auth/current-user";\nexport const g = getCurrentUser;\n',
    rule: "@typescript-eslint/no-restricted-imports",
  },
  {
    name: "data layer importing a leaf auth module",
    file: "lib/data/users.ts",
    code: 'import { hashPassword } from "@/lib/auth/password";\nexport const h = hashPassword;\n',
    rule: null,
  },
  {
    name: "data layer importing a server action",
    file: "lib/data/users.ts",
    code: 'import { createReferral } from "@/lib/actions/create-referral";\nexport const c = createReferral;\n',
    rule: "@typescript-eslint/no-restricted-imports",
  },
  {
    name: "client component importing the data layer",
    file: "components/ui/form-notices.tsx",
    code: '"use client";\nimport { listReferrals } from "@/lib/data/referrals";\nexport const l = listReferrals;\n',
    rule: "layers/client-boundary",
  },
  {
    name: "client component importing a server action",
    file: "components/ui/form-notices.tsx",
    code: '"use client";\nimport { createReferral } from "@/lib/actions/create-referral";\nexport const c = createReferral;\n',
    rule: null,
  },
  {
    name: "component importing a page",
    file: "components/ui/form-notices.tsx",
    code: 'import Page from "@/app/(app)/intake/page";\nexport const p = Page;\n',
    rule: "@typescript-eslint/no-restricted-imports",
  },
  {
    name: "schemas importing the session layer",
    file: "lib/schemas/intake.ts",
    code: 'import { getCurrentUser } from "@/lib/auth/current-user";\nexport const g = getCurrentUser;\n',
    rule: "@typescript-eslint/no-restricted-imports",
  },
  {
    name: "reading process.env outside lib/env.ts",
    file: "lib/data/users.ts",
    code: "export const url = process.env.DATABASE_URL;\n",
    rule: "no-restricted-properties",
  },
  { name: "lib/env.ts itself reading process.env", file: "lib/env.ts", code: "export const all = process.env;\n", rule: null },
];

// One ESLint process for every case: type-aware linting takes seconds to start.
const script = `
import { ESLint } from "eslint";
const cases = JSON.parse(process.argv[1]);
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const c of cases) {
  const [result] = await eslint.lintText(c.code, { filePath: c.file });
  out.push(result.messages.map((m) => m.ruleId));
}
process.stdout.write(JSON.stringify(out));
`;

let firedRules: (string | null)[][];

beforeAll(() => {
  const stdout = execFileSync(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(cases)], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  firedRules = JSON.parse(stdout) as (string | null)[][];
}, 180_000);

describe("layer rules in npm run lint", () => {
  it.each(cases.map((c, i) => [c.name, c, i] as const))("%s", (_name, c, i) => {
    const fired = firedRules[i] ?? [];
    if (c.rule) expect(fired).toContain(c.rule);
    else
      expect(
        fired.filter(
          (r) => r === "@typescript-eslint/no-restricted-imports" || r === "layers/client-boundary" || r === "no-restricted-properties",
        ),
      ).toEqual([]);
  });
});
