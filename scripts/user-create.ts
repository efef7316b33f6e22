/**
 * `npm run user:create -- --email E --name N --role admin|clinician [--credentials MD]`
 * Creates an account from the command line: the first admin of a new install, or a rescue account.
 * The password comes from USER_PASSWORD or an interactive prompt (never a command-line argument, which
 * would land in the shell history and the process list) and must pass the password policy.
 * Works on SQLite and PostgreSQL (DATABASE_URL). The account must not already exist.
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/create-client";
import { ensureUser } from "@/lib/data/users-store";
import { appendAuditRows } from "@/lib/db/audit-chain";
import { passwordStrengthProblem } from "@/lib/auth/password-strength";
import { passwordSchema } from "@/lib/schemas/password";
import { createUserSchema } from "@/lib/schemas/users";

async function promptHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new Error("No terminal to ask for the password: set USER_PASSWORD.");
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Echo nothing while the password is typed.
  const output = rl as unknown as { _writeToOutput: (s: string) => void };
  let muted = false;
  output._writeToOutput = (s: string) => {
    if (!muted) process.stdout.write(s);
  };
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
    muted = true;
  });
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.USER_PASSWORD;
  if (fromEnv) return fromEnv;
  const first = await promptHidden("Password: ");
  const second = await promptHidden("Password again: ");
  if (first !== second) throw new Error("The two passwords differ.");
  return first;
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, credentials: { type: "string" } },
    strict: true,
  });
  const role = values.role?.toUpperCase();
  const password = await readPassword();
  const policy = passwordSchema.safeParse(password);
  if (!policy.success) throw new Error(`Password refused: ${policy.error.issues.map((i) => i.message).join("; ")}`);
  const weak = passwordStrengthProblem(password, { name: values.name, email: values.email });
  if (weak) throw new Error(`Password refused: ${weak}`);
  const parsed = createUserSchema.safeParse({
    email: values.email ?? "",
    name: values.name ?? "",
    role,
    credentials: values.credentials ?? "",
    clinicName: "",
    phone: "",
    password,
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  --${String(i.path[0] ?? "?")}: ${i.message}`);
    throw new Error(`Usage: npm run user:create -- --email E --name N --role admin|clinician [--credentials MD]\n${lines.join("\n")}`);
  }
  const db = createPrismaClient();
  try {
    // The operator typed this password, so nothing forces a change at first sign-in.
    const created = await ensureUser(db, { ...parsed.data, mustChangePassword: false });
    if (!created) throw new Error(`An account with the email ${parsed.data.email} already exists; nothing changed.`);
    const user = await db.user.findUniqueOrThrow({ where: { email: parsed.data.email }, select: { id: true } });
    await appendAuditRows(db, [
      {
        at: new Date(),
        userId: null,
        action: "user.create",
        resourceType: "user",
        resourceId: user.id,
        outcome: "success",
        ip: null,
        detail: `cli role=${parsed.data.role}`,
      },
    ]);
    console.log(`Created ${parsed.data.role === "ADMIN" ? "admin" : "clinician"} account ${parsed.data.email}.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
