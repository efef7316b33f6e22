import { saveTherapistAction } from "@/lib/actions/save-therapist";
import { getTherapist, listTherapists } from "@/lib/data/therapists";
import { db } from "@/lib/db/client";
import { createTestUser } from "../support/db-fixtures";
import { navigationErrorOf, signInAs } from "../support/sign-in-as";

// Issue 16 item 1: the therapist directory, curated by admins, validated, audited.
jest.setTimeout(30_000);

const entry = (extra: Record<string, unknown> = {}) => ({
  name: "Olive Oncology",
  practice: "Riverside Massage",
  address: "1 River St",
  phone: "555-0199",
  email: "Olive@Riverside.test",
  licence: "LMT, NY 012345",
  training: ["oncology", "lymphedema"],
  languages: "English, Spanish, english",
  acceptingNewPatients: true,
  active: true,
  ...extra,
});

test("an admin adds and edits an entry; it is stored as typed (email folded, languages listed once) and audited", async () => {
  const admin = await createTestUser({ role: "ADMIN" });
  await signInAs(admin);
  const created = await saveTherapistAction(entry());
  expect(created).toMatchObject({ ok: true });
  if (!created.ok) return;
  const stored = await getTherapist(admin, created.data.id);
  expect(stored).toMatchObject({
    email: "olive@riverside.test",
    training: ["oncology", "lymphedema"],
    languages: ["English", "Spanish"],
    hasAccount: false,
  });
  expect(await saveTherapistAction({ ...entry({ acceptingNewPatients: false }), id: created.data.id })).toMatchObject({ ok: true });
  expect((await getTherapist(admin, created.data.id))?.acceptingNewPatients).toBe(false);
  const audit = await db.auditEvent.findMany({ where: { resourceId: created.data.id }, orderBy: { id: "asc" } });
  expect(audit.map((a) => [a.action, a.outcome])).toEqual([
    ["therapist.create", "success"],
    ["therapist.update", "success"],
  ]);
});

test("bad input gets field errors and stores nothing; a second entry with the same email is refused", async () => {
  const admin = await createTestUser({ role: "ADMIN" });
  await signInAs(admin);
  const before = await db.therapist.count();
  const bad = await saveTherapistAction(entry({ name: "", email: "not-an-email", training: ["reiki"] }));
  expect(bad).toMatchObject({ ok: false, fieldErrors: { name: ["Enter the therapist's name"], email: ["Enter a valid email address"] } });
  if (!bad.ok) expect(bad.fieldErrors?.["training.0"]).toEqual(["Choose training from the list"]);
  await saveTherapistAction(entry({ email: "same@clinic.test" }));
  expect(await saveTherapistAction(entry({ email: "SAME@clinic.test" }))).toMatchObject({
    ok: false,
    fieldErrors: { email: ["Another therapist in the directory has this email"] },
  });
  expect(await db.therapist.count()).toBe(before + 1);
});

test("a clinician cannot save (404) and reads only listed entries; a therapist reads none", async () => {
  const admin = await createTestUser({ role: "ADMIN" });
  await signInAs(admin);
  await saveTherapistAction(entry({ email: "hidden@clinic.test", active: false }));
  const clinician = await createTestUser();
  await signInAs(clinician);
  expect(await navigationErrorOf(() => saveTherapistAction(entry({ email: "x@clinic.test" })))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
  const seen = await listTherapists(clinician);
  expect(seen.some((t) => t.email === "hidden@clinic.test")).toBe(false);
  expect((await listTherapists(admin)).some((t) => t.email === "hidden@clinic.test")).toBe(true);
  expect(await listTherapists({ id: "someone", role: "THERAPIST" })).toEqual([]);
});
