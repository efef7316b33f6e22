/**
 * The intake autosave on a real database: each clinician's drafts are theirs alone, an update of
 * someone else's id never touches it, the page offers back only the clinician's latest, and
 * discarding deletes only their own.
 */
import { discardIntakeDraftAction } from "@/lib/actions/discard-intake-draft";
import { saveIntakeDraftAction } from "@/lib/actions/save-intake-draft";
import { latestIntakeDraft } from "@/lib/data/intake-drafts";
import { db } from "@/lib/db/client";
import { createTestUser, seedEvidenceForTest } from "../support/db-fixtures";
import { navigationErrorOf, signInAs, signOutForTest } from "../support/sign-in-as";

type User = Awaited<ReturnType<typeof createTestUser>>;
let a: User;
let b: User;

beforeAll(async () => {
  await seedEvidenceForTest();
  a = await createTestUser({ name: "Dr Typing" });
  b = await createTestUser({ name: "Dr Nosy" });
});

async function saved(input: unknown): Promise<string> {
  const res = await saveIntakeDraftAction(input);
  if (!res.ok) throw new Error(JSON.stringify(res));
  return res.data.id;
}

test("creates, then updates the same draft; the latest is offered back to its clinician only", async () => {
  await signInAs(a);
  const id = await saved({ id: null, intake: { patientName: "Half Typed", complaint: "knee pa" } });
  expect(await saved({ id, intake: { patientName: "Half Typed", complaint: "knee pain for 3 years" } })).toBe(id);
  expect(await db.intakeDraft.count({ where: { clinicianId: a.id } })).toBe(1);
  expect(await latestIntakeDraft(a.id)).toMatchObject({ id, data: { complaint: "knee pain for 3 years" } });
  expect(await latestIntakeDraft(b.id)).toBeNull();
});

test("another clinician cannot overwrite or discard someone's draft by its id", async () => {
  await signInAs(a);
  const id = await saved({ id: null, intake: { patientName: "Mine", complaint: "neck" } });
  await signInAs(b);
  const theirs = await saved({ id, intake: { patientName: "Overwrite attempt" } });
  expect(theirs).not.toBe(id);
  expect(JSON.parse((await db.intakeDraft.findUniqueOrThrow({ where: { id } })).data)).toMatchObject({ patientName: "Mine" });
  expect(await discardIntakeDraftAction({ id })).toEqual({ ok: true, data: { deleted: false } });
  await signInAs(a);
  expect(await discardIntakeDraftAction({ id })).toEqual({ ok: true, data: { deleted: true } });
  expect(await db.intakeDraft.findUnique({ where: { id } })).toBeNull();
});

test("bounded input: oversized or malformed drafts are refused with a message, not a 500; no session redirects", async () => {
  await signInAs(a);
  expect(await saveIntakeDraftAction({ id: null, intake: { complaint: "x".repeat(10_001) } })).toMatchObject({ ok: false });
  expect(await saveIntakeDraftAction({ id: "../../etc", intake: {} })).toMatchObject({ ok: false });
  expect(await saveIntakeDraftAction("nonsense")).toMatchObject({ ok: false });
  signOutForTest();
  expect(await navigationErrorOf(() => saveIntakeDraftAction({ id: null, intake: {} }))).toMatch(/login/);
});
