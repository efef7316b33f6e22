// The real react-pdf, loaded by Node's ESM loader (jest cannot load it; see the support file).
jest.mock("@react-pdf/renderer", () => jest.requireActual("../support/react-pdf-native"));

/**
 * Issue 15 item 6: a stored referral whose safety lines cannot be read fails loudly — the detail page,
 * the print view, the PDF and the FHIR export all refuse it — instead of printing a sheet with no
 * precautions (the old `.catch([])`). A card that only lacks later, non-safety fields still prints.
 */
import { GET as getFhir } from "@/app/(app)/referrals/[id]/fhir/route";
import { GET as getPdf } from "@/app/(app)/referrals/[id]/pdf/route";
import PrintReferralPage from "@/app/(app)/referrals/[id]/print/page";
import { StoredReferralUnreadable } from "@/lib/data/referral-export";
import { getReferralForUser } from "@/lib/data/referrals";
import { db } from "@/lib/db/client";
import { createTestUser, seedEvidenceForTest } from "../support/db-fixtures";
import { createReferralFixture } from "../support/referral-fixtures";
import { signInAs } from "../support/sign-in-as";

jest.setTimeout(30_000);
type User = Awaited<ReturnType<typeof createTestUser>>;
let owner: User;
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const request = (id: string, kind: string) => new Request(`http://localhost/referrals/${id}/${kind}`);

beforeAll(async () => {
  await (jest.requireActual("../support/react-pdf-native") as { ready: Promise<unknown> }).ready;
  await seedEvidenceForTest();
  owner = await createTestUser({ name: "Dr Strict" });
});

beforeEach(async () => {
  await signInAs(owner);
});

/** A bleeding-risk referral (it has precautions), whose stored card is then changed by `corrupt`. */
async function referralWithStoredCard(corrupt: (card: Record<string, unknown>) => unknown) {
  const row = await createReferralFixture(db, owner.id, { intake: { medications: "Warfarin 5 mg daily" } });
  const card = JSON.parse(row.suggestion) as Record<string, unknown>;
  expect((card.precautions as string[]).length).toBeGreaterThan(0);
  const changed = corrupt(card);
  await db.referral.update({
    where: { id: row.id },
    data: { suggestion: typeof changed === "string" ? changed : JSON.stringify(changed) },
  });
  return row.id;
}

test.each([
  ["precautions are not a list of lines", (c: Record<string, unknown>) => ({ ...c, precautions: "Bleeding risk" })],
  ["the precautions are missing", (c: Record<string, unknown>) => ({ ...c, precautions: undefined })],
  ["a technique change is not text", (c: Record<string, unknown>) => ({ ...c, techniqueChanges: [{ text: "light pressure" }] })],
  ["areas to avoid are null", (c: Record<string, unknown>) => ({ ...c, areasToAvoid: null })],
  ["the card is not JSON at all", () => "{not json"],
])("%s: detail, print, PDF and FHIR refuse it", async (_what, corrupt) => {
  const id = await referralWithStoredCard(corrupt);
  await expect(getReferralForUser(owner, id)).rejects.toBeInstanceOf(StoredReferralUnreadable);
  await expect(PrintReferralPage(params(id))).rejects.toBeInstanceOf(StoredReferralUnreadable);
  await expect(getPdf(request(id, "pdf"), params(id))).rejects.toBeInstanceOf(StoredReferralUnreadable);
  await expect(getFhir(request(id, "fhir"), params(id))).rejects.toBeInstanceOf(StoredReferralUnreadable);
});

test("the error names the part that is unreadable, never a value from it (PHI)", async () => {
  const id = await referralWithStoredCard((c) => ({ ...c, precautions: [42, "Maria Lopez"] }));
  const error = await getReferralForUser(owner, id).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoredReferralUnreadable);
  expect(String(error)).toContain("precautions");
  expect(String(error)).not.toContain("Maria");
});

test("a malformed ticked safety finding in the stored intake also refuses", async () => {
  const row = await createReferralFixture(db, owner.id);
  const intake = { ...(JSON.parse(row.intake) as Record<string, unknown>), safetyFindings: "dvt" };
  await db.referral.update({ where: { id: row.id }, data: { intake: JSON.stringify(intake) } });
  await expect(getReferralForUser(owner, row.id)).rejects.toBeInstanceOf(StoredReferralUnreadable);
});

test("a card saved before later, non-safety fields existed still prints, with its precautions", async () => {
  const id = await referralWithStoredCard((c) => ({
    ...c,
    doseBasis: undefined,
    guidance: undefined,
    lastReviewed: undefined,
    studies: "gone",
  }));
  const detail = await getReferralForUser(owner, id);
  expect(detail?.sheet.precautions.length).toBeGreaterThan(0);
  expect(detail?.sheet.evidence.studies).toEqual([]);
});
