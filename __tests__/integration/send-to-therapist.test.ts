import { sendReferralToTherapistAction } from "@/lib/actions/send-referral-to-therapist";
import { getSendPanel, sendReferralToTherapist } from "@/lib/data/referral-dispatch";
import { saveTherapist } from "@/lib/data/therapists";
import { db } from "@/lib/db/client";
import { therapistSchema } from "@/lib/schemas/therapist";
import type { ReferralStatus } from "@/lib/schemas/referral";
import { actAs } from "../support/act-as";
import { createTestUser, seedEvidenceForTest } from "../support/db-fixtures";
import { createReferralFixture, type ReferralFixtureOptions } from "../support/referral-fixtures";
import { signInAs } from "../support/sign-in-as";

// Issue 16, "Send to therapist" from the clinician's side on a real database (SQLite here, PostgreSQL
// with scripts/with-test-postgres.sh): who is offered and in what order, the prenatal requirement, and
// at most one live dispatch per referral — in the transaction and in the database's own index.
jest.setTimeout(60_000);

type Viewer = { id: string; role: string; name: string };
let clinician: Viewer;
let otherClinician: Viewer;
let session: Awaited<ReturnType<typeof signInAs>>;
const ids: Record<string, string> = {};

async function entry(key: string, training: string[], extra: { acceptingNewPatients?: boolean; active?: boolean } = {}) {
  const email = `${key}-${Math.random().toString(36).slice(2, 8)}@send.test`;
  const saved = await saveTherapist(
    { id: "fixture", role: "ADMIN" },
    therapistSchema.parse({
      name: `${key} therapist`,
      practice: "",
      address: "",
      phone: "",
      licence: "",
      email,
      training,
      languages: "English",
    }),
  );
  if (!saved.ok) throw new Error("therapist not saved");
  await db.therapist.update({ where: { id: saved.id }, data: extra });
  ids[key] = saved.id;
}

const id = (key: string) => ids[key] as string;

async function referral(status: ReferralStatus = "final", intake: ReferralFixtureOptions["intake"] = {}) {
  return (await createReferralFixture(db, clinician.id, { status, intake })).id;
}

/** The lead's intake flag, written as the save action stores it (the fixture's intake type predates it). */
async function requirePrenatalTraining(referralId: string) {
  const row = await db.referral.findUniqueOrThrow({ where: { id: referralId }, select: { intake: true } });
  const intake = JSON.parse(row.intake) as Record<string, unknown>;
  await db.referral.update({ where: { id: referralId }, data: { intake: JSON.stringify({ ...intake, prenatalTrainedTherapist: true }) } });
}

const live = (referralId: string) => db.referralDispatch.count({ where: { referralId, status: { not: "declined" } } });

beforeAll(async () => {
  await seedEvidenceForTest();
  const c = await createTestUser({ name: "Dr Sender" });
  const o = await createTestUser({ name: "Dr Other" });
  clinician = { id: c.id, role: c.role, name: c.name };
  otherClinician = { id: o.id, role: o.role, name: o.name };
  session = await signInAs(c);
  await entry("oncology", ["oncology"]);
  await entry("prenatal", ["prenatal"]);
  await entry("lymph", ["lymphedema"]);
  await entry("plain", ["sports"]);
  await entry("full", ["oncology"], { acceptingNewPatients: false });
  await entry("retired", ["oncology"], { active: false });
});

describe("who is offered", () => {
  test("active cancer: the oncology-trained first with the reason; not accepting and retired entries are not offered", async () => {
    const ref = await referral("final", { safetyFindings: ["cancer"] });
    const panel = await getSendPanel(clinician, ref);
    const offered = panel?.choices.map((c) => c.id) ?? [];
    expect(offered[0]).toBe(id("oncology"));
    expect(panel?.choices[0]?.reason).toBe("Oncology massage training: active cancer");
    expect(panel?.choices.find((c) => c.id === id("plain"))?.notCovered).toEqual(["active cancer"]);
    expect(offered).not.toContain(id("full"));
    expect(offered).not.toContain(id("retired"));
    expect(panel?.current).toBeNull();
  });

  test("pregnancy ranks the prenatal-trained first; lymphedema risk the lymphedema-trained", async () => {
    const pregnant = await referral("final", { pregnant: true, pregnancyWeeks: 20 });
    expect((await getSendPanel(clinician, pregnant))?.choices[0]?.id).toBe(id("prenatal"));
    const lymph = await referral("final", { safetyFindings: ["lymphedema"] });
    expect((await getSendPanel(clinician, lymph))?.choices[0]?.id).toBe(id("lymph"));
  });

  test("no panel for a draft, a cancelled or an amended referral, nor for another clinician", async () => {
    for (const status of ["draft", "cancelled", "amended"] as const)
      expect(await getSendPanel(clinician, await referral(status))).toBeNull();
    expect(await getSendPanel(otherClinician, await referral("final"))).toBeNull();
  });
});

describe("a referral that needs a prenatal-trained therapist", () => {
  test("others are offered but unavailable, and the server refuses them with a clear error", async () => {
    const ref = await referral("final", { pregnant: true, pregnancyWeeks: 24 });
    await requirePrenatalTraining(ref);
    const panel = await getSendPanel(clinician, ref);
    expect(panel?.prenatalRequired).toBe(true);
    expect(panel?.choices.find((c) => c.id === id("prenatal"))?.unavailable).toBeNull();
    expect(panel?.choices.find((c) => c.id === id("plain"))?.unavailable).toMatch(/^Not prenatal-trained/);

    actAs(session);
    const refused = await sendReferralToTherapistAction({ referralId: ref, therapistId: id("plain") });
    expect(refused).toEqual({
      ok: false,
      error:
        "plain therapist cannot take this referral. Not prenatal-trained: this pregnant patient's referral keeps modalities that need a prenatal-trained therapist.",
    });
    expect(await live(ref)).toBe(0);
    const sent = await sendReferralToTherapistAction({ referralId: ref, therapistId: id("prenatal") });
    expect(sent.ok).toBe(true);
  });

  test("without the flag (intakes stored before it existed) pregnancy only ranks: anyone may be chosen", async () => {
    const ref = await referral("final", { pregnant: true, pregnancyWeeks: 24 });
    const panel = await getSendPanel(clinician, ref);
    expect(panel?.prenatalRequired).toBe(false);
    expect(panel?.choices.every((c) => c.unavailable === null)).toBe(true);
  });
});

describe("at most one live dispatch per referral", () => {
  test("five sends at once to five therapists record one dispatch, mail one therapist, and refuse the rest", async () => {
    const ref = await referral("final");
    const outboxBefore = await db.outboxMessage.count();
    const targets = ["oncology", "prenatal", "lymph", "plain", "oncology"].map(id);
    const results = await Promise.all(
      targets.map((therapistId) => {
        actAs(session);
        return sendReferralToTherapistAction({ referralId: ref, therapistId });
      }),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? "" : r.error))).toEqual(
      Array(4).fill("This referral is already with a therapist"),
    );
    expect(await live(ref)).toBe(1);
    expect(await db.outboxMessage.count()).toBe(outboxBefore + 1);
    const row = await db.referral.findUniqueOrThrow({ where: { id: ref } });
    expect(row.status).toBe("sent");
    expect(row.shortCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const panel = await getSendPanel(clinician, ref);
    expect(panel?.current?.status).toBe("sent");
    expect(panel?.choices).toEqual([]);
  });

  test("the database itself refuses a second live dispatch (the index, not only the code)", async () => {
    const ref = await referral("final");
    const sent = await sendReferralToTherapist(clinician, ref, id("oncology"));
    expect(sent.ok).toBe(true);
    await expect(
      db.referralDispatch.create({ data: { referralId: ref, therapistId: id("plain"), sentById: clinician.id, status: "accepted" } }),
    ).rejects.toMatchObject({ code: "P2002" });
    // Declined rows do not count: any number of them sit beside the live one.
    await db.referralDispatch.create({ data: { referralId: ref, therapistId: id("lymph"), sentById: clinician.id, status: "declined" } });
    await db.referralDispatch.create({
      data: { referralId: ref, therapistId: id("prenatal"), sentById: clinician.id, status: "declined" },
    });
    expect(await live(ref)).toBe(1);
  });

  test("after a decline it may be sent again, to someone else, and the decliner is not offered again", async () => {
    const ref = await referral("final");
    const first = await sendReferralToTherapist(clinician, ref, id("oncology"));
    if (!first.ok) throw new Error(first.reason);
    await db.referralDispatch.update({ where: { id: first.dispatchId }, data: { status: "declined", declineReason: "Fully booked" } });
    const panel = await getSendPanel(clinician, ref);
    expect(panel?.current).toBeNull();
    expect(panel?.declinedBy).toEqual(["oncology therapist"]);
    expect(panel?.choices.map((c) => c.id)).not.toContain(id("oncology"));
    expect(await sendReferralToTherapist(clinician, ref, id("oncology"))).toEqual({ ok: false, reason: "therapist-not-found" });
    const second = await sendReferralToTherapist(clinician, ref, id("plain"));
    expect(second).toMatchObject({ ok: true, shortCode: first.shortCode });
    expect(await live(ref)).toBe(1);
  });
});
