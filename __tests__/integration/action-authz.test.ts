// The PDF route imports react-pdf, which only Node's own ESM loader can load (see the support file).
jest.mock("@react-pdf/renderer", () => jest.requireActual("../support/react-pdf-native"));

import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { getReferralForUser } from "@/lib/data/referrals";
import { db } from "@/lib/db/client";
import { actAs } from "../support/act-as";
import {
  actionSpecs,
  addEvidenceHistory,
  currentEvidence,
  discoverServerActions,
  specFor,
  type ActionContext,
  type ServerAction,
} from "../support/action-registry";
import { auditEventsSince, snapshotDatabase } from "../support/db-snapshot";
import { createTestUser, seedEvidenceForTest } from "../support/db-fixtures";
import { createLoopContext, type LoopContext } from "../support/loop-fixtures";
import { createReferralFixture } from "../support/referral-fixtures";
import { signInAs, signOutForTest } from "../support/sign-in-as";

// Properties 1-3 for every server action, page and route handler, found by reading the folders, so a
// new one is covered (or fails the table check) without editing this file.
jest.setTimeout(60_000);

const SENTINEL = "Zebulon Sentinelpatient";
const SENTINEL_MRN = "MRN-SENTINEL-77";
const APP = path.join(process.cwd(), "app", "(app)");

type User = Awaited<ReturnType<typeof createTestUser>>;
type Outcome = { nav: string } | { value: unknown };
let actions: Map<string, ServerAction>;
let a: User;
let b: User;
let admin: User;
let loop: LoopContext;
let target: User;
let victimReferralId: string;
let restoreVersionId: string;

function filesNamed(dir: string, name: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? filesNamed(full, name) : entry === name ? [full] : [];
  });
}

/** Runs a call the way Next would: a redirect/notFound is an outcome, any other throw fails the test. */
async function settle(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { value: await call() };
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest !== "string") throw error;
    return {
      nav: digest.startsWith("NEXT_REDIRECT") ? `redirect:${digest.split(";")[2]}` : digest.replace(/^NEXT_HTTP_ERROR_FALLBACK;/, ""),
    };
  }
}

const pageProps = (ids: Record<string, string>) => ({ params: Promise.resolve(ids), searchParams: Promise.resolve({}) });
async function callPage(file: string, ids: Record<string, string>): Promise<Outcome> {
  const mod = (await import(file)) as { default: (props: unknown) => Promise<unknown> };
  return settle(() => mod.default(pageProps(ids)));
}
async function callRoute(file: string, ids: Record<string, string>): Promise<Response> {
  const mod = (await import(file)) as { GET: (req: Request, ctx: unknown) => Promise<Response> };
  return mod.GET(new Request(`http://localhost/${path.relative(APP, file)}`), { params: Promise.resolve(ids) });
}

const context = async (referralId: string): Promise<ActionContext> => ({
  referralId,
  targetUserId: target.id,
  evidence: await currentEvidence(),
  restoreVersionId,
  loop,
});
const label = (file: string) => path.relative(process.cwd(), file);

/** Everything but the audit trail (checked separately) and session activity stamps. */
const dataSnapshot = async () => ({
  tables: await snapshotDatabase(["AuditEvent", "AuthSession"]),
  sessions: await db.authSession.findMany({ select: { id: true, revokedAt: true, tokenVersion: true }, orderBy: { id: "asc" } }),
});

beforeAll(async () => {
  await (jest.requireActual("../support/react-pdf-native") as { ready: Promise<unknown> }).ready;
  await seedEvidenceForTest();
  restoreVersionId = await addEvidenceHistory();
  [a, b, admin, target] = [
    await createTestUser({ name: "Dr A" }),
    await createTestUser({ name: "Dr B" }),
    await createTestUser({ role: "ADMIN" }),
    await createTestUser(),
  ];
  victimReferralId = (await createReferralFixture(db, a.id, { intake: { patientName: SENTINEL, mrn: SENTINEL_MRN } })).id;
  loop = await createLoopContext(a);
  actions = await discoverServerActions();
});

test("every server action is in the authorization table, and the table names no action that is gone", () => {
  expect(actions.size).toBeGreaterThanOrEqual(17);
  for (const name of actions.keys()) specFor(name);
  expect(Object.keys(actionSpecs).filter((name) => !actions.has(name))).toEqual([]);
});

describe("(1) without a session", () => {
  test("every action redirects to /login (or reports signed-out) and the database is byte-for-byte unchanged", async () => {
    const ctx = await context(victimReferralId);
    signOutForTest();
    const before = await snapshotDatabase();
    for (const [name, action] of actions) {
      const outcome = await settle(() => action(...specFor(name).args(ctx)));
      const refused = "nav" in outcome ? outcome.nav === "redirect:/login" : (outcome.value as { ok?: unknown }).ok === false;
      expect({ name, refused, outcome }).toEqual({ name, refused: true, outcome });
    }
    expect(await snapshotDatabase()).toEqual(before);
  });

  test("every page redirects to /login and every route handler answers 401/404 without PHI", async () => {
    signOutForTest();
    const ids = { id: victimReferralId, kind: "conditions", key: "knee-osteoarthritis", slug: "knee-osteoarthritis" };
    for (const file of [...filesNamed(APP, "page.tsx"), path.join(process.cwd(), "app", "change-password", "page.tsx")]) {
      expect([label(file), await callPage(file, ids)]).toEqual([label(file), { nav: "redirect:/login" }]);
    }
    for (const file of filesNamed(APP, "route.ts")) {
      const res = await callRoute(file, ids);
      const body = await res.text();
      expect([label(file), [401, 404].includes(res.status), body.includes(SENTINEL)]).toEqual([label(file), true, false]);
    }
  });
});

describe("(3) roles", () => {
  test("a clinician gets 404 from every admin action and page; an admin gets 404 from clinician-only actions; only denials are recorded", async () => {
    const ctx = await context(victimReferralId);
    const sessions = { b: await signInAs(b), admin: await signInAs(admin), therapist: await signInAs({ email: loop.therapistEmail }) };
    const auditBefore = await db.auditEvent.findMany({ select: { id: true } });
    const refusals = [
      [sessions.b, "admin"],
      [sessions.admin, "clinician"],
      [sessions.b, "therapist"],
      [sessions.admin, "therapist"],
      [sessions.therapist, "clinician"],
      [sessions.therapist, "admin"],
    ] as const;
    for (const [caller, forbidden] of refusals) {
      actAs(caller);
      const before = await dataSnapshot();
      for (const [name, action] of actions) {
        if (specFor(name).role !== forbidden) continue;
        expect([name, await settle(() => action(...specFor(name).args(ctx)))]).toEqual([name, { nav: "404" }]);
      }
      expect(await dataSnapshot()).toEqual(before);
    }
    actAs(sessions.b);
    const before = await dataSnapshot();
    for (const file of filesNamed(path.join(APP, "admin"), "page.tsx")) {
      expect([label(file), await callPage(file, { id: target.id, kind: "conditions", key: "knee-osteoarthritis" })]).toEqual([
        label(file),
        { nav: "404" },
      ]);
    }
    for (const file of filesNamed(path.join(APP, "admin"), "route.ts")) {
      const res = await callRoute(file, {});
      expect([label(file), res.status]).toEqual([label(file), 404]);
    }
    expect(await dataSnapshot()).toEqual(before);
    const added = await auditEventsSince(auditBefore);
    expect(added.length).toBeGreaterThan(0);
    expect(added.filter((e) => e.outcome !== "denied")).toEqual([]);
  });
});

describe("(2) no IDOR: clinician B and clinician A's referral", () => {
  test("every clinician action given A's referral id refuses (not found) and returns nothing of A's", async () => {
    await signInAs(b);
    const ctx = await context(victimReferralId);
    const victimBefore = await db.referral.findUniqueOrThrow({ where: { id: victimReferralId }, include: { events: true } });
    let referralActions = 0;
    for (const [name, action] of actions) {
      const spec = specFor(name);
      // Session-level actions act only on the caller's own account and take no resource id.
      if (spec.role === "session" || spec.role === "admin") continue;
      const args = spec.args(ctx);
      const outcome = await settle(() => action(...args));
      expect([name, JSON.stringify(outcome).includes(SENTINEL), JSON.stringify(outcome).includes(SENTINEL_MRN)]).toEqual([
        name,
        false,
        false,
      ]);
      if (JSON.stringify(args).includes(victimReferralId)) {
        referralActions++;
        expect([name, outcome]).toEqual([name, { value: { ok: false, error: "Referral not found" } }]);
      }
    }
    expect(referralActions).toBeGreaterThanOrEqual(2);
    expect(await db.referral.findUniqueOrThrow({ where: { id: victimReferralId }, include: { events: true } })).toEqual(victimBefore);
    expect(await db.referral.count({ where: { patientName: SENTINEL } })).toBe(1);
  });

  test("search, data layer, every referral page and route: nothing of A's, 404 where an id is named", async () => {
    await signInAs(b);
    const search = await actions.get("listReferralsAction")?.({ query: SENTINEL.split(" ")[0] });
    expect(search).toMatchObject({ ok: true, data: { count: { exact: true, value: 0 }, items: [] } });
    expect(await getReferralForUser(b, victimReferralId)).toBeNull();
    const ids = { id: victimReferralId };
    const dir = path.join(APP, "referrals", "[id]");
    const pages = filesNamed(dir, "page.tsx");
    const routes = filesNamed(dir, "route.ts");
    expect(pages.length + routes.length).toBeGreaterThanOrEqual(4);
    for (const file of pages) expect([label(file), await callPage(file, ids)]).toEqual([label(file), { nav: "404" }]);
    for (const file of routes) {
      const res = await callRoute(file, ids);
      const body = await res.text();
      expect([label(file), res.status, body.includes(SENTINEL) || body.includes(SENTINEL_MRN)]).toEqual([label(file), 404, false]);
    }
  });
});

describe("control: the same calls succeed for the right caller (so the refusals above are authorization)", () => {
  test("each action with its table arguments returns ok for its own role; A's pages and routes render", async () => {
    const own = (await createReferralFixture(db, a.id)).id;
    const sessions = {
      clinician: await signInAs(a),
      admin: await signInAs(admin),
      therapist: await signInAs({ email: loop.therapistEmail }),
    };
    const ctx = await context(own);
    // changePasswordAction last: it changes A's password (the open session survives).
    const names = [...actions.keys()].sort((x, y) => Number(x === "changePasswordAction") - Number(y === "changePasswordAction"));
    for (const name of names) {
      const spec = specFor(name);
      if (spec.successCoveredBy) continue;
      actAs(spec.role === "admin" ? sessions.admin : spec.role === "therapist" ? sessions.therapist : sessions.clinician);
      // Fresh evidence each time: the evidence edits before this one moved the current version on.
      const args = spec.args({ ...ctx, evidence: await currentEvidence() });
      const outcome = await settle(() => (actions.get(name) as ServerAction)(...args));
      expect([name, outcome]).toEqual([name, { value: expect.objectContaining({ ok: true }) }]);
    }
    actAs(sessions.clinician);
    const dir = path.join(APP, "referrals", "[id]");
    for (const file of filesNamed(dir, "page.tsx"))
      expect([label(file), "value" in (await callPage(file, { id: own }))]).toEqual([label(file), true]);
    for (const file of filesNamed(dir, "route.ts"))
      expect([label(file), (await callRoute(file, { id: own })).status]).toEqual([label(file), 200]);
  });
});
