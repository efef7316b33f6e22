/**
 * `npm run load -- --duration 60 --connections 50 [--no-faults]`
 * Clinicians saving referrals through the real server action over HTTP, across two `next start`
 * instances of one production build on one PostgreSQL database (a private throwaway cluster on
 * 127.0.0.1, so restarting it disturbs nobody else's database). Phases:
 *   steady       both instances, `duration` seconds: no failure at all;
 *   kill -9      instance B is killed mid-load: A keeps answering every save;
 *   pg restart   PostgreSQL restarts mid-load: failures are clean (an HTTP error with no details) and
 *                every save started after the database is back succeeds.
 * Then every failed save is retried with its idempotency key (what a client does), and the database is
 * checked: referral rows == acknowledged keys (nothing lost, nothing doubled), each with its event.
 * Exit code 0 only when every check passed. Loopback only; bounded by the phases' deadlines.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadCurrentEvidence } from "@/lib/data/evidence-store";
import { ensureBuild } from "./ensure-build";
import { healthStatus, startInstance, waitFor, type AppInstance } from "./http/app-instance";
import { findAction, hasSessionCookie, signIn, type Cookies } from "./http/http-client";
import { acknowledgedIds, expectSuccess, leakedDetail, summarize, verifyDatabase } from "./scale/load-verdict";
import { startPrivatePostgres } from "./scale/private-postgres";
import { attemptSave, Router, runPhase, type Attempt, type LoadContext, type PhaseResult } from "./scale/referral-load";
import { createAccounts, createScratchDatabase } from "./scale/scratch-database";

const root = path.join(__dirname, "..");
const PASSWORD = "load test clinician password 2026";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "60" },
    connections: { type: "string", default: "50" },
    "no-faults": { type: "boolean", default: false },
  },
  strict: true,
});
const duration = Number(values.duration);
const connections = Number(values.connections);
if (!(duration > 0 && duration <= 3600 && connections > 0 && connections <= 500)) {
  throw new Error("--duration must be 1..3600 seconds and --connections 1..500");
}

/** A phase ends at its planned length once its fault happened and enough saves followed it; never later than a hard limit. */
function phaseClock(seconds: number, ready: () => boolean, problems: string[], name: string) {
  const start = Date.now();
  const hardLimit = start + (seconds + 180) * 1000;
  return () => {
    if (Date.now() > hardLimit) {
      problems.push(`${name}: did not reach its end condition within ${seconds + 180} s`);
      return true;
    }
    return Date.now() - start >= seconds * 1000 && ready();
  };
}

async function main() {
  ensureBuild(root);
  const problems: string[] = [];
  const phases: PhaseResult[] = [];
  const pg = await startPrivatePostgres();
  const instances: AppInstance[] = [];
  // Ctrl-C must not leave the private cluster or the servers running.
  process.once("SIGINT", () => {
    for (const i of instances) void i.kill9();
    pg.stop();
    process.exit(130);
  });
  try {
    const scratch = await createScratchDatabase(pg.url, "mrx_load");
    const secret = randomBytes(32).toString("base64url");
    const env = { ...process.env, DATABASE_URL: scratch.url, NEXTAUTH_SECRET: secret };
    const start = (name: string) => startInstance({ name, root, env }).then((i) => (instances.push(i), i));
    const accounts = await createAccounts(scratch.db, connections, "CLINICIAN", PASSWORD);
    const [a, b] = await Promise.all([start("A"), start("B")]);
    const router = new Router([a, b]);

    const clinicians: Cookies[] = [];
    for (const [i, account] of accounts.entries()) {
      const jar = await signIn(i % 2 === 0 ? a.base : b.base, account.email, account.password);
      if (!hasSessionCookie(jar)) throw new Error(`sign-in failed for ${account.email}`);
      clinicians.push(jar);
    }
    const knee = (await loadCurrentEvidence(scratch.db))?.content.recommendations.find((r) => r.id === "knee-osteoarthritis-dose");
    const minutesPerSession = knee?.minutesPerSession?.min;
    if (minutesPerSession === undefined) throw new Error("the seeded knee recommendation has no session length");
    const ctx: LoadContext = { router, save: findAction(root, "createReferralAction"), clinicians, minutesPerSession };

    const steady = await runPhase(
      "steady",
      ctx,
      phaseClock(duration, () => true, problems, "steady"),
    );
    expectSuccess(steady, () => null, problems);
    phases.push(steady);

    if (!values["no-faults"]) {
      const faultAfter = connections * 3;
      const afterFault = connections * 2;
      const faultPhaseSeconds = Math.max(5, duration / 2);

      // kill -9 B once enough saves went through; the balancer stops sending it work at that moment.
      let killedAt = 0;
      let okBeforeKill = 0;
      let okAfterKill = 0;
      const kill = await runPhase(
        "kill -9 B",
        ctx,
        phaseClock(faultPhaseSeconds, () => okAfterKill >= afterFault, problems, "kill"),
        (att) => {
          if (att.id === null) return;
          if (killedAt === 0 && ++okBeforeKill === faultAfter) {
            killedAt = Date.now();
            router.remove("B");
            void b.kill9();
          } else if (killedAt > 0 && att.startedAt > killedAt) okAfterKill++;
        },
      );
      expectSuccess(
        kill,
        (att) => (att.instance === "B" && att.startedAt <= killedAt && att.networkError ? "in flight on B when it died" : null),
        problems,
      );
      if (!a.alive()) problems.push("kill: instance A died too");
      phases.push(kill);

      const b2 = await start("B");
      router.add(b2);

      // Restart PostgreSQL once enough saves went through; "recovered" once both instances say healthy.
      let restartAt = 0;
      let recoveredAt = 0;
      let okBeforeRestart = 0;
      let okAfterRecovery = 0;
      let restarting: Promise<void> = Promise.resolve();
      const restart = await runPhase(
        "postgres restart",
        ctx,
        phaseClock(Math.max(10, duration / 2), () => okAfterRecovery >= afterFault, problems, "restart"),
        (att) => {
          if (att.id === null) return;
          if (restartAt === 0 && ++okBeforeRestart === faultAfter) {
            restartAt = Date.now();
            restarting = pg
              .restart()
              .then(() =>
                waitFor(
                  "both instances healthy",
                  async () => (await healthStatus(a.base)) === 200 && (await healthStatus(b2.base)) === 200,
                  60_000,
                ),
              )
              .then(() => void (recoveredAt = Date.now()));
          } else if (recoveredAt > 0 && att.startedAt > recoveredAt) okAfterRecovery++;
        },
      );
      await restarting;
      const secrets = [new URL(pg.url).password, scratch.url];
      expectSuccess(
        restart,
        (att) => {
          // Allowed to fail: saves that were running at any moment between the restart and the recovery.
          if (att.networkError || att.endedAt < restartAt || att.startedAt > recoveredAt) return null;
          const leak = leakedDetail(att.body, secrets);
          if (leak) problems.push(`restart: an error answer shows "${leak}"`);
          return att.status >= 500 ? "database restarting" : null;
        },
        problems,
      );
      if (!a.alive() || !b2.alive()) problems.push("restart: an instance died with the database restart");
      phases.push(restart);
    }

    // A client retries a failed save with the same key; each must now succeed exactly once.
    const failed = phases.flatMap((p) => p.attempts).filter((att) => att.id === null);
    const retries: Attempt[] = [];
    for (const att of failed) retries.push(await attemptSave(ctx, router.pick(), att.clinician, att.key, true));
    for (const r of retries.filter((x) => x.id === null)) problems.push(`retry of ${r.key} failed: HTTP ${r.status}`);

    const all = [...phases.flatMap((p) => p.attempts), ...retries];
    const database = await verifyDatabase(scratch.db, acknowledgedIds(all, problems), problems);
    console.log(
      JSON.stringify({ connections, duration, phases: phases.map(summarize), retries: retries.length, database, problems }, null, 2),
    );
    // A failed run says why on the servers' side too (Next logs a server action's error with its digest).
    if (problems.length > 0) for (const i of instances) console.error(`--- stderr of ${i.name} (pid ${i.pid}):\n${i.stderrExcerpt()}`);
    await Promise.all(instances.map((i) => i.stop()));
    await scratch.drop();
    if (problems.length > 0) process.exitCode = 1;
  } finally {
    await Promise.all(instances.map((i) => i.stop()));
    pg.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
