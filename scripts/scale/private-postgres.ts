/**
 * A throwaway PostgreSQL cluster of the installed server binaries (initdb + pg_ctl), on a free loopback
 * port with its socket in its own directory. The load test restarts *this* cluster mid-run, never the
 * machine's shared one, whose other users (other test runs) would see their connections cut.
 */
import { execFile, execFileSync, type ExecFileSyncOptions } from "node:child_process";
import { promisify } from "node:util";
import { randomBytes } from "node:crypto";
import { chownSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../http/app-instance";

export interface PrivatePostgres {
  /** A superuser URL of the cluster; create databases from it. */
  url: string;
  /** Asynchronous, so the load keeps running while PostgreSQL goes down and comes back. */
  restart(): Promise<void>;
  stop(): void;
}

const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

/** PostgreSQL refuses to run as root: as root, run its tools as the postgres account. */
function runAs(): Pick<ExecFileSyncOptions, "uid" | "gid"> {
  if (process.getuid?.() !== 0) return {};
  const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
  return { uid, gid };
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const owner = runAs();
  const dir = mkdtempSync(path.join(tmpdir(), "mrx-pg-"));
  const data = path.join(dir, "data");
  const password = randomBytes(12).toString("hex");
  writeFileSync(path.join(dir, "pw"), password);
  if (owner.uid !== undefined && owner.gid !== undefined) chownSync(dir, owner.uid, owner.gid);
  chownSync(path.join(dir, "pw"), owner.uid ?? process.getuid?.() ?? 0, owner.gid ?? process.getgid?.() ?? 0);
  const run = (tool: string, args: string[]) =>
    execFileSync(path.join(BIN, tool), args, { ...owner, cwd: dir, stdio: "pipe", timeout: 120_000 });
  run("initdb", ["-D", data, "-U", "mrx", "--pwfile", path.join(dir, "pw"), "--auth", "scram-sha-256", "-E", "UTF8", "--no-sync"]);
  rmSync(path.join(dir, "pw"));
  const port = await freePort();
  // fsync stays on: the test is about what survives a restart.
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c max_connections=300`;
  // -l on every start: the server must not inherit (and hold open) this process's pipes.
  const log = path.join(dir, "server.log");
  run("pg_ctl", ["-D", data, "-o", options, "-l", log, "-w", "-t", "60", "start"]);
  return {
    url: `postgresql://mrx:${password}@127.0.0.1:${port}/postgres`,
    // pg_ctl restart keeps the options of the last start (postmaster.opts).
    async restart() {
      await promisify(execFile)(path.join(BIN, "pg_ctl"), ["-D", data, "-l", log, "-m", "fast", "-w", "-t", "60", "restart"], {
        ...owner,
        cwd: dir,
        timeout: 120_000,
      });
    },
    stop() {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
