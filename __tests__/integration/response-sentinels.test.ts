// The PDF route imports react-pdf, which only Node's own ESM loader can load (see the support file).
jest.mock("@react-pdf/renderer", () => jest.requireActual("../support/react-pdf-native"));

import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db/client";
import { actAs } from "../support/act-as";
import {
  addEvidenceHistory,
  currentEvidence,
  discoverServerActions,
  specFor,
  type ActionContext,
  type ServerAction,
} from "../support/action-registry";
import { createTestUser, seedEvidenceForTest } from "../support/db-fixtures";
import { createLoopContext } from "../support/loop-fixtures";
import { createReferralFixture } from "../support/referral-fixtures";
import { elementTreeText, renderPageHtml } from "../support/render-page";
import { signInAs } from "../support/sign-in-as";

// Property 21: responses carry what the page needs and nothing more. Password hashes exist in the
// database for every account here (argon2id, "$argon2id$..."), and clinician B's patient has a name no
// other row has; neither may appear in any action result, page HTML or the props a page hands to the
// browser (the RSC payload), whoever asks.
jest.setTimeout(60_000);

const HASH_MARK = "$argon2";
const OTHER_PATIENT = "Ophelia Sentinelname";
const OTHER_MRN = "MRN-OTHER-4242";
const APP = path.join(process.cwd(), "app", "(app)");

type Session = Awaited<ReturnType<typeof signInAs>>;
let sessions: Record<"clinician" | "admin" | "therapist", Session>;
let ctx: ActionContext;
let actions: Map<string, ServerAction>;

function pagesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? pagesUnder(full) : entry === "page.tsx" ? [full] : [];
  });
}

/** A page rendered as its viewer would get it: the HTML and the props sent along; a 404 renders nothing. */
async function pageOutput(file: string, props: unknown): Promise<string> {
  const mod = (await import(file)) as { default: (props: unknown) => Promise<Parameters<typeof renderPageHtml>[0]> };
  try {
    const element = await mod.default(props);
    return renderPageHtml(element) + elementTreeText(element);
  } catch (error) {
    if (typeof (error as { digest?: unknown }).digest === "string") return "";
    throw error;
  }
}

function expectClean(where: string, text: string, secrets: string[]) {
  expect([where, secrets.filter((s) => text.includes(s))]).toEqual([where, []]);
}

beforeAll(async () => {
  await (jest.requireActual("../support/react-pdf-native") as { ready: Promise<unknown> }).ready;
  await seedEvidenceForTest();
  const restoreVersionId = await addEvidenceHistory();
  const [a, b, admin, target] = [
    await createTestUser({ name: "Dr A" }),
    await createTestUser({ name: "Dr B" }),
    await createTestUser({ role: "ADMIN" }),
    await createTestUser(),
  ];
  await createReferralFixture(db, b.id, { intake: { patientName: OTHER_PATIENT, mrn: OTHER_MRN } });
  const own = await createReferralFixture(db, a.id, { intake: { patientName: "Alma Own" } });
  const loop = await createLoopContext(a);
  sessions = { clinician: await signInAs(a), admin: await signInAs(admin), therapist: await signInAs({ email: loop.therapistEmail }) };
  ctx = { referralId: own.id, targetUserId: target.id, evidence: await currentEvidence(), restoreVersionId, loop };
  actions = await discoverServerActions();
  // The sentinels are really there to be leaked.
  const hashes = await db.user.findMany({ select: { passwordHash: true } });
  expect(hashes.every((u) => u.passwordHash.startsWith("$argon2id$"))).toBe(true);
});

describe("no password hash and no other clinician's patient in any response", () => {
  test("every server action's result, for its own role", async () => {
    // changePasswordAction last: it changes A's password (the open session survives).
    const names = [...actions.keys()].sort((x, y) => Number(x === "changePasswordAction") - Number(y === "changePasswordAction"));
    for (const name of names) {
      const spec = specFor(name);
      if (spec.successCoveredBy) continue;
      const asAdmin = spec.role === "admin";
      actAs(asAdmin ? sessions.admin : spec.role === "therapist" ? sessions.therapist : sessions.clinician);
      const args = spec.args({ ...ctx, evidence: await currentEvidence() });
      const result = await (actions.get(name) as ServerAction)(...args);
      expect([name, (result as { ok?: unknown }).ok]).toEqual([name, true]);
      // Admins may read every referral; for clinician A, B's patient is someone else's PHI.
      expectClean(name, JSON.stringify(result), asAdmin ? [HASH_MARK] : [HASH_MARK, OTHER_PATIENT, OTHER_MRN]);
    }
  });

  test("clinician A's list and search never return B's patient", async () => {
    actAs(sessions.clinician);
    const list = actions.get("listReferralsAction") as ServerAction;
    for (const query of ["", "Ophelia", "Sentinelname", "knee", "a"]) {
      const result = await list({ query, pageSize: 50 });
      expectClean(`search "${query}"`, JSON.stringify(result), [OTHER_PATIENT, OTHER_MRN, HASH_MARK]);
    }
    expect(await list({ query: "Ophelia" })).toMatchObject({ ok: true, data: { count: { exact: true, value: 0 } } });
  });

  test("every page, as admin and as clinician A: no hash in the HTML or the props; no B patient for A", async () => {
    const ids = { id: ctx.referralId, kind: "conditions", key: "knee-osteoarthritis", slug: "knee-osteoarthritis" };
    const props = { params: Promise.resolve(ids), searchParams: Promise.resolve({}) };
    const pages = pagesUnder(APP);
    expect(pages.length).toBeGreaterThanOrEqual(12);
    for (const file of pages) {
      const where = path.relative(APP, file);
      actAs(sessions.admin);
      expectClean(`${where} (admin)`, await pageOutput(file, props), [HASH_MARK]);
      actAs(sessions.clinician);
      expectClean(`${where} (clinician)`, await pageOutput(file, props), [HASH_MARK, OTHER_PATIENT, OTHER_MRN]);
    }
    // The admin's user pages really rendered account data (so the check above looked at something).
    actAs(sessions.admin);
    const userPage = await pageOutput(path.join(APP, "admin", "users", "[id]", "page.tsx"), {
      params: Promise.resolve({ id: ctx.targetUserId }),
    });
    expect(userPage).toContain("Open sessions");
  });
});
