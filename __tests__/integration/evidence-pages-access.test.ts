import CurateEvidencePage from "@/app/(app)/admin/evidence/page";
import EditEvidencePage from "@/app/(app)/admin/evidence/[kind]/[key]/page";
import EvidenceHistoryPage from "@/app/(app)/admin/evidence/history/page";
import ConditionEvidencePage from "@/app/(app)/evidence/[slug]/page";
import { saveSafetyRuleAction } from "@/lib/actions/save-safety-rule";
import { getCurrentEvidence, getEvidenceView, listVersions } from "@/lib/data/evidence";
import { safetyRuleToForm } from "@/lib/schemas/evidence-edit";
import { createTestUser, seedEvidenceForTest } from "../support/db-fixtures";
import { navigationErrorOf, signInAs, signOutForTest } from "../support/sign-in-as";

const NOT_FOUND = /NEXT_HTTP_ERROR_FALLBACK;404/;

let adminEmail = "";
let clinicianEmail = "";

beforeAll(async () => {
  await seedEvidenceForTest();
  adminEmail = (await createTestUser({ role: "ADMIN" })).email;
  clinicianEmail = (await createTestUser()).email;
});

test("admin curation pages are a 404 for a clinician and a redirect without a session", async () => {
  const pages = [
    () => CurateEvidencePage({ searchParams: Promise.resolve({}) }),
    () => EvidenceHistoryPage(),
    () => EditEvidencePage({ params: Promise.resolve({ kind: "conditions", key: "knee-osteoarthritis" }) }),
  ];
  await signInAs({ email: clinicianEmail });
  for (const page of pages) expect(await navigationErrorOf(page)).toMatch(NOT_FOUND);
  signOutForTest();
  for (const page of pages) expect(await navigationErrorOf(page)).toBe("redirect:/login");
  await signInAs({ email: adminEmail });
  for (const page of pages) expect(await navigationErrorOf(page)).toBeNull();
  expect(await navigationErrorOf(() => EditEvidencePage({ params: Promise.resolve({ kind: "widgets", key: "new" }) }))).toMatch(NOT_FOUND);
});

test("an old version stays readable after an edit, and is labelled as not current", async () => {
  await signInAs({ email: adminEmail });
  const seed = await getCurrentEvidence();
  if (!seed) throw new Error("no evidence");
  const entity = { ...safetyRuleToForm(seed.content.safetyRules[0] ?? null), guidance: "Changed guidance for a test" };
  const saved = await saveSafetyRuleAction({ baseVersionId: seed.versionId, originalKey: entity.code, reason: "Test edit", entity });
  expect(saved.ok).toBe(true);

  const old = await getEvidenceView(seed.versionId);
  expect(old).toMatchObject({ isCurrent: false, snapshot: { versionId: seed.versionId } });
  expect(old?.snapshot.content.safetyRules[0]?.guidance).toBe(seed.content.safetyRules[0]?.guidance);
  expect((await getEvidenceView(undefined))?.snapshot.content.safetyRules[0]?.guidance).toBe("Changed guidance for a test");
  expect(await getEvidenceView("no-such-version")).toBeNull();
  expect(await getEvidenceView("../etc")).toBeNull();
  expect(await listVersions()).toHaveLength(2);

  await signInAs({ email: clinicianEmail });
  const params = { params: Promise.resolve({ slug: "knee-osteoarthritis" }) };
  expect(
    await navigationErrorOf(() => ConditionEvidencePage({ ...params, searchParams: Promise.resolve({ version: seed.versionId }) })),
  ).toBeNull();
  expect(await navigationErrorOf(() => ConditionEvidencePage({ ...params, searchParams: Promise.resolve({ version: "nope" }) }))).toMatch(
    NOT_FOUND,
  );
  expect(
    await navigationErrorOf(() =>
      ConditionEvidencePage({ params: Promise.resolve({ slug: "no-such-condition" }), searchParams: Promise.resolve({}) }),
    ),
  ).toMatch(NOT_FOUND);
});
