/**
 * The intake autosave on a real database: each clinician's drafts are theirs alone, an update of
 * someone else's id never touches it, the page offers back only the clinician's latest, and
 * discarding deletes only their own.
 */
import { discardIntakeDraftAction } from "@/lib/actions/discard-intake-draft";
import { saveIntakeDraftAction } from "@/lib/actions/save-intake-draft";
import { latestIntakeDraft } from "@/lib/data/intake-drafts";
import { db } from "@/lib/db/client";
import { autosavedForm } from "@/lib/domain/referral/autosaved-form";
import { createTestUser, seedEvidenceForTest } from "../support/db-fixtures";
import { createReferralFixture } from "../support/referral-fixtures";
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
  expect(await latestIntakeDraft(a.id)).toMatchObject({ id, data: { intake: { complaint: "knee pain for 3 years" } } });
  expect(await latestIntakeDraft(b.id)).toBeNull();
});

test("another clinician cannot overwrite or discard someone's draft by its id", async () => {
  await signInAs(a);
  const id = await saved({ id: null, intake: { patientName: "Mine", complaint: "neck" } });
  await signInAs(b);
  const theirs = await saved({ id, intake: { patientName: "Overwrite attempt" } });
  expect(theirs).not.toBe(id);
  expect(JSON.parse((await db.intakeDraft.findUniqueOrThrow({ where: { id } })).data)).toMatchObject({ intake: { patientName: "Mine" } });
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

const choice = {
  conditionSlug: "knee-osteoarthritis",
  finalDose: { minutesPerSession: 45, sessionsPerWeek: 2, weeks: 8, totalSessions: 16 },
  overrideReason: "cost-or-access",
  overrideNote: "Insurance covers 45-minute visits only",
  deferOverrideNote: "",
  status: "final",
  amendReason: "Therapist asked for shorter sessions",
};

test("the referral choice is kept with the intake: condition, edited dose and reasons read back as typed", async () => {
  await signInAs(a);
  const id = await saved({ id: null, intake: { patientName: "Chosen Already", complaint: "knee OA" }, choice });
  const offered = await latestIntakeDraft(a.id);
  expect(offered?.id).toBe(id);
  expect(autosavedForm(offered?.data)).toMatchObject({ intake: { patientName: "Chosen Already" }, choice });
});

test("a reopened draft and an amendment autosave against their own referral, offered back only in that form", async () => {
  await signInAs(a);
  const draft = await createReferralFixture(db, a.id, { status: "draft" });
  const final = await createReferralFixture(db, a.id, { status: "final" });
  const draftEdit = await saved({ id: null, referral: { kind: "draft", id: draft.id }, intake: { medications: "pregabalin" }, choice });
  const amendEdit = await saved({ id: null, referral: { kind: "amend", id: final.id }, intake: { medications: "naproxen" }, choice });
  expect(await latestIntakeDraft(a.id, { kind: "draft", referralId: draft.id })).toMatchObject({ id: draftEdit });
  expect(await latestIntakeDraft(a.id, { kind: "amend", referralId: final.id })).toMatchObject({ id: amendEdit });
  // Neither is offered in a new intake, nor in the other referral's form, nor in the other mode.
  expect((await latestIntakeDraft(a.id))?.id).not.toBe(draftEdit);
  expect((await latestIntakeDraft(a.id))?.id).not.toBe(amendEdit);
  expect(await latestIntakeDraft(a.id, { kind: "amend", referralId: draft.id })).toBeNull();
  expect(await latestIntakeDraft(a.id, { kind: "draft", referralId: final.id })).toBeNull();
  // An update keeps its scope: the amendment's autosave id cannot be moved onto the draft's form.
  const moved = await saved({ id: amendEdit, referral: { kind: "draft", id: draft.id }, intake: { medications: "moved" } });
  expect(moved).not.toBe(amendEdit);
  expect(JSON.parse((await db.intakeDraft.findUniqueOrThrow({ where: { id: amendEdit } })).data)).toMatchObject({
    intake: { medications: "naproxen" },
  });
});

test("an autosave for someone else's referral, or for a referral not in that state, is refused as unknown", async () => {
  await signInAs(a);
  const mine = await createReferralFixture(db, a.id, { status: "final" });
  const cancelled = await createReferralFixture(db, a.id, { status: "cancelled" });
  const before = await db.intakeDraft.count();
  expect(await saveIntakeDraftAction({ id: null, referral: { kind: "draft", id: mine.id }, intake: {} })).toEqual({
    ok: false,
    error: "Referral not found",
  });
  expect(await saveIntakeDraftAction({ id: null, referral: { kind: "amend", id: cancelled.id }, intake: {} })).toMatchObject({ ok: false });
  await signInAs(b);
  expect(await saveIntakeDraftAction({ id: null, referral: { kind: "amend", id: mine.id }, intake: {} })).toEqual({
    ok: false,
    error: "Referral not found",
  });
  expect(await saveIntakeDraftAction({ id: null, referral: { kind: "retitle", id: mine.id }, intake: {} })).toMatchObject({ ok: false });
  expect(await db.intakeDraft.count()).toBe(before);
});
