import { expect, test } from "@playwright/test";
import { ADMIN, createAccount, screenshot, signIn, uniqueTag } from "./helpers";
import { createReferral, KNEE_COMPLAINT, KNEE_OA } from "./support/intake";

// Security property 2 (no IDOR): another clinician gets 404 for every view of a referral, with no
// patient data in the body; its owner and admins (read-only) can open it.
test("another clinician's referral URL gives 404 for the page, print view, PDF and FHIR", async ({ browser }) => {
  const owner = createAccount("clinician", "owner");
  const other = createAccount("clinician", "other");
  const patient = `Private Patient ${uniqueTag()}`;

  const ownerContext = await browser.newContext();
  const ownerPage = await ownerContext.newPage();
  await signIn(ownerPage, owner);
  const id = await createReferral(ownerPage, { patientName: patient, complaint: KNEE_COMPLAINT }, KNEE_OA);
  await ownerContext.close();

  const otherContext = await browser.newContext();
  const page = await otherContext.newPage();
  await signIn(page, other);
  for (const path of [`/referrals/${id}`, `/referrals/${id}/print`, `/referrals/${id}/pdf`, `/referrals/${id}/fhir`]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain(patient);
  }
  // What the other clinician sees in the browser: the generic not-found page, and the referral is not in their list.
  await page.goto(`/referrals/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByText(patient)).toHaveCount(0);
  await screenshot(page, "not-found-other-clinician");
  await page.goto("/referrals");
  await expect(page.getByText("No referrals yet.")).toBeVisible();
  await otherContext.close();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, ADMIN);
  await admin.goto(`/referrals/${id}`);
  await expect(admin.getByRole("heading", { level: 1 })).toContainText(patient);
  await expect(admin.getByText("Read-only: only the referring clinician can change this referral.")).toBeVisible();
  await adminContext.close();
});
