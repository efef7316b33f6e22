import { expect, test, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { createAccount, screenshot, signIn, uniqueTag } from "./helpers";
import { chooseCondition, fillIntake, KNEE_COMPLAINT, KNEE_OA, saveReferral, suggest } from "./support/intake";
import { printedPages } from "./support/printed-pages";

const SEEDED_DOSE = "60-minute sessions, once a week, for 8 weeks (8 sessions)";
// Defect 1's case: 45 minutes twice a week must print 16 sessions, never the evidence's 8.
const AMENDED_DOSE = "45-minute sessions, twice a week, for 8 weeks (16 sessions)";

/** The referral's PDF as text (pdftotext), downloaded from its detail page. */
async function pdfText(page: Page, id: string): Promise<string> {
  await page.goto(`/referrals/${id}`);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download PDF" }).click();
  const path = await (await download).path();
  return execFileSync("pdftotext", ["-layout", path, "-"]).toString().replace(/\s+/g, " ");
}

/** The print view's text as the printer gets it (print media). */
async function printView(page: Page, id: string) {
  await page.goto(`/referrals/${id}/print`);
  await page.emulateMedia({ media: "print" });
  const text = (await page.locator("main").innerText()).replace(/\s+/g, " ");
  await page.emulateMedia({ media: "screen" });
  return text;
}

/** What Chromium prints in the top margin (15 mm) of each page of the print view, as Letter. */
async function printedTopMargins(page: Page, id: string): Promise<string[]> {
  await page.goto(`/referrals/${id}/print`);
  const pdfPath = test.info().outputPath(`print-${id}.pdf`);
  await page.pdf({ path: pdfPath, format: "Letter" });
  const marginPt = (15 / 25.4) * 72;
  return printedPages(pdfPath).map(({ words }) =>
    words
      .filter((w) => w.yMax <= marginPt + 0.5)
      .map((w) => w.text)
      .join(" "),
  );
}

// Issue 14 "Must deliver": a browser test that edits a draft, amends a final referral and prints both.
test("a draft reopens, is edited and finished; the final referral is amended with a reason; both versions print", async ({ page }) => {
  const clinician = createAccount("clinician", "versions");
  const patient = `Versions Patient ${uniqueTag()}`;
  await signIn(page, clinician);

  // 1. Saved as a draft: its sheet says so on every copy.
  await page.goto("/intake");
  await fillIntake(page, { patientName: patient, complaint: KNEE_COMPLAINT, painLocations: ["Knees"], duration: "3 years" });
  await suggest(page);
  await chooseCondition(page, KNEE_OA);
  await page.getByRole("radio", { name: "Draft" }).check();
  const id = await saveReferral(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Draft");
  expect(await printView(page, id)).toContain("DRAFT — not a referral");

  // 2. Reopened: everything filled in; a field changed; Suggest again gives the condition and dose back.
  await page.goto(`/referrals/${id}`);
  await page.getByRole("link", { name: "Edit draft" }).click();
  await expect(page).toHaveURL(new RegExp(`/intake\\?draft=${id}$`));
  await expect(page.getByTestId("reopened-notice")).toContainText("Editing the draft referral for Knee osteoarthritis");
  await expect(page.getByLabel("Patient name")).toHaveValue(patient);
  await expect(page.getByLabel("Complaint", { exact: true })).toHaveValue(KNEE_COMPLAINT);
  await expect(page.getByLabel("Duration")).toHaveValue("3 years");
  await page.getByLabel("Duration").fill("4 years, worse since the winter");
  await suggest(page);
  await expect(page.getByRole("heading", { name: `Referral for ${KNEE_OA}` })).toBeVisible();
  await expect(page.getByRole("spinbutton", { name: "Minutes per session" })).toHaveValue("60");
  await page.getByRole("radio", { name: "Final (ready to print and send)" }).check();
  expect(await saveReferral(page)).toBe(id); // the same referral, finished — not a copy
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Final");
  await expect(page.getByText("4 years, worse since the winter").first()).toBeVisible();
  await expect(page.getByTestId("prescription-line")).toHaveText(`Massage therapy: ${SEEDED_DOSE}`);

  // 3. Amended with a reason: a new version; the dose changed needs its own reason too.
  await page.getByRole("link", { name: "Amend referral" }).click();
  await expect(page).toHaveURL(new RegExp(`/intake\\?amend=${id}$`));
  await expect(page.getByTestId("reopened-notice")).toContainText("Amending the referral");
  await suggest(page);
  await expect(page.getByRole("heading", { name: `Referral for ${KNEE_OA}` })).toBeVisible();
  await page.getByRole("spinbutton", { name: "Minutes per session" }).fill("45");
  await page.getByRole("spinbutton", { name: "Sessions per week" }).fill("2");
  await expect(page.getByTestId("save-summary")).toContainText(AMENDED_DOSE);
  await page.getByLabel("Reason", { exact: true }).selectOption({ label: "Patient preference" });
  await page.getByLabel("Explain the change").fill("Shorter, more frequent sessions suit her knees better");
  await page.getByRole("button", { name: "Save referral" }).click();
  // Refused without a reason for the amendment, in place.
  await expect(page.getByLabel("Reason for the amendment")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(new RegExp(`/intake\\?amend=${id}$`));
  await page.getByLabel("Reason for the amendment").fill("Patient asked for shorter sessions twice a week");
  const amendedId = await saveReferral(page);
  expect(amendedId).not.toBe(id);
  await expect(page.getByTestId("prescription-line")).toHaveText(`Massage therapy: ${AMENDED_DOSE}`);
  await expect(page.getByTestId("lifecycle-line")).toContainText(`Amended referral: replaces referral ${id}`);
  await screenshot(page, "referral-amended");

  // 4. The old version stays readable and says it was replaced, on the page, the print view and the PDF.
  await page.goto(`/referrals/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Amended");
  await expect(page.getByTestId("prescription-line")).toHaveText(`Massage therapy: ${SEEDED_DOSE}`);
  await expect(page.getByRole("link", { name: "Amend referral" })).toHaveCount(0);
  const oldPrint = await printView(page, id);
  expect(oldPrint).toContain("AMENDED — replaced by a newer version");
  expect(oldPrint).toContain(`replaced by referral ${amendedId}`);
  expect(oldPrint).toContain(SEEDED_DOSE);
  expect(oldPrint).not.toContain("DRAFT");
  const oldPdf = await pdfText(page, id);
  expect(oldPdf).toContain("AMENDED — replaced by a newer version");
  expect(oldPdf).toContain(`AMENDED: replaced by referral ${amendedId}`);
  expect(oldPdf).toContain(SEEDED_DOSE);
  // Every printed page of the old version says, in its top margin, what replaced it.
  const oldMargins = await printedTopMargins(page, id);
  expect(oldMargins.length).toBeGreaterThanOrEqual(2);
  for (const margin of oldMargins) expect(margin).toContain(`AMENDED: replaced by referral ${amendedId}`);

  // 5. The new version prints the new dose, the amendment and its reason, and no draft or replaced mark.
  const newPrint = await printView(page, amendedId);
  expect(newPrint).toContain(AMENDED_DOSE);
  expect(newPrint).toContain(`Amended referral: replaces referral ${id}`);
  // Plainly an amendment: the banner on both copies says of which referral and version; the full line says when and why.
  expect(newPrint.split(`AMENDMENT — version 2, replaces referral ${id} of `).length - 1).toBe(2);
  expect(newPrint).toMatch(
    /This is version 2, amended on \d{4}-\d{2}-\d{2}\. Reason for the amendment: Patient asked for shorter sessions/,
  );
  expect(newPrint).toContain("Patient asked for shorter sessions twice a week");
  expect(newPrint).not.toContain("DRAFT");
  expect(newPrint).not.toContain("replaced by a newer version");
  // The evidence's own dose is shown beside the prescription (labelled), never as the prescription.
  expect(newPrint).toContain(`Prescription Massage therapy: ${AMENDED_DOSE} Evidence-suggested dose: ${SEEDED_DOSE}`);
  expect(newPrint).toContain("Twice a week. Each session lasts about 45 minutes. For how long For 8 weeks. 16 sessions in all.");
  const newPdf = await pdfText(page, amendedId);
  expect(newPdf).toContain(AMENDED_DOSE);
  expect(newPdf).toContain(`Amended referral: replaces referral ${id}`);
  expect(newPdf).toContain("16 sessions in all");
  expect(newPdf).toContain(`AMENDMENT — version 2, replaces referral ${id}`);
  expect(newPdf).toContain(`AMENDMENT (version 2) of referral ${id}`);
  const newMargins = await printedTopMargins(page, amendedId);
  expect(newMargins.length).toBeGreaterThanOrEqual(2);
  for (const margin of newMargins) expect(margin).toContain(`AMENDMENT (version 2) of referral ${id}`);
  expect(newPdf).not.toContain("DRAFT");
});
