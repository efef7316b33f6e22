/**
 * The load of the load test: `connections` clinicians, each in a loop, saving referrals over HTTP through
 * the real server action, spread over the live instances as a round-robin load balancer would. Every
 * save has a new idempotency key; every tenth repeats the previous key on another instance (a double
 * click, a retry), which must answer with the first referral's id. Every answer is recorded so the run
 * can be checked against the database afterwards.
 */
import { randomUUID } from "node:crypto";
import { intakeInput } from "@/__tests__/support/intake-fixtures";
import type { AppInstance } from "../http/app-instance";
import { callAction, okData, type ActionRef, type Cookies } from "../http/http-client";
import { intakeFingerprint } from "@/lib/domain/referral/intake-fingerprint";

export interface Attempt {
  /** Index of the clinician (keys are idempotent per clinician). */
  clinician: number;
  key: string;
  duplicate: boolean;
  instance: string;
  startedAt: number;
  endedAt: number;
  /** The referral id of an `{ ok: true }` answer. */
  id: string | null;
  status: number;
  /** Set when there was no HTTP answer at all (connection refused or reset). */
  networkError: string | null;
  body: string;
}

export interface PhaseResult {
  name: string;
  attempts: Attempt[];
  seconds: number;
}

/** The live instances; a fault removes one, as a load balancer's health check would. */
export class Router {
  private next = 0;
  constructor(private live: AppInstance[]) {}
  pick(avoid?: string): AppInstance {
    const choices = this.live.filter((i) => i.name !== avoid);
    const list = choices.length > 0 ? choices : this.live;
    const chosen = list[this.next++ % list.length];
    if (!chosen) throw new Error("no live instance");
    return chosen;
  }
  remove(name: string): void {
    this.live = this.live.filter((i) => i.name !== name);
  }
  add(instance: AppInstance): void {
    this.live = [...this.live.filter((i) => i.name !== instance.name), instance];
  }
}

export interface LoadContext {
  router: Router;
  save: ActionRef;
  clinicians: Cookies[];
  minutesPerSession: number;
}

const saveArgs = (key: string, minutesPerSession: number) => {
  const intake = intakeInput({ patientName: `Load ${key.slice(0, 8)}` });
  return [
    {
      idempotencyKey: key,
      intake,
      conditionSlug: "knee-osteoarthritis",
      finalDose: { minutesPerSession, sessionsPerWeek: 1, weeks: 8, totalSessions: 8 },
      status: "final",
      suggestedFor: intakeFingerprint(intake),
    },
  ];
};

export async function attemptSave(ctx: LoadContext, on: AppInstance, clinician: number, key: string, duplicate: boolean): Promise<Attempt> {
  const startedAt = Date.now();
  const base = { clinician, key, duplicate, instance: on.name, startedAt };
  const jar = ctx.clinicians[clinician];
  if (!jar) throw new Error(`no clinician ${clinician}`);
  try {
    const res = await callAction(on.base, ctx.save, jar, saveArgs(key, ctx.minutesPerSession), AbortSignal.timeout(60_000));
    const id = okData<{ id: string }>(res)?.id ?? null;
    // Only failures keep their body: it is checked for leaked details.
    return { ...base, endedAt: Date.now(), id, status: res.status, networkError: null, body: id ? "" : res.body.slice(0, 4000) };
  } catch (error) {
    return {
      ...base,
      endedAt: Date.now(),
      id: null,
      status: 0,
      networkError: error instanceof Error ? `${error.message} ${String(error.cause ?? "")}` : String(error),
      body: "",
    };
  }
}

/**
 * Runs the workers until `until()` says stop. `onProgress` sees every answer (a fault is triggered from
 * it once enough saves went through, rather than after a fixed time).
 */
export async function runPhase(
  name: string,
  ctx: LoadContext,
  until: () => boolean,
  onProgress: (a: Attempt) => void = () => {},
): Promise<PhaseResult> {
  const attempts: Attempt[] = [];
  const started = Date.now();
  const worker = async (clinician: number) => {
    let previous: { key: string; instance: string } | null = null;
    for (let n = 1; !until(); n++) {
      const duplicate: boolean = previous !== null && n % 10 === 0;
      const key: string = duplicate && previous ? previous.key : randomUUID();
      const on = ctx.router.pick(duplicate ? previous?.instance : undefined);
      const attempt = await attemptSave(ctx, on, clinician, key, duplicate);
      attempts.push(attempt);
      onProgress(attempt);
      previous = { key, instance: on.name };
    }
  };
  await Promise.all(ctx.clinicians.map((_, i) => worker(i)));
  return { name, attempts, seconds: (Date.now() - started) / 1000 };
}
