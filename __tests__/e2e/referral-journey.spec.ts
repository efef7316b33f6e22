import { expect, test } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createAccount, screenshot, signIn, uniqueTag } from "./helpers";
import { chooseCondition, fillIntake, KNEE_COMPLAINT, KNEE_OA, saveReferral, suggest } from "./support/intake";
import { printedPages } from "./support/printed-pages";

/**
 * Prints the page as Chromium's print dialog would (Letter, the sheet's own 15 mm margins) and checks
 * every page: "MassageRx referral <id> … page i of n" sits in the bottom margin, and no other text
 * reaches into it, so the footer can cover nothing.
 */
async function expectFootersInTheMargin(page: import("@playwright/test").Page, id: string, pdfPath: string) {
  await page.pdf({ path: pdfPath, format: "Letter" });
  const pages = printedPages(pdfPath);
  expect(pages.length).toBeGreaterThanOrEqual(2);
  const marginPt = (15 / 25.4) * 72;
  pages.forEach(({ height, words }, i) => {
    const contentBottom = height - marginPt;
    const footer = words.filter((w) => w.yMin >= contentBottom - 0.5);
    const body = words.filter((w) => w.yMin < contentBottom - 0.5);
    expect(footer.map((w) => w.text).join(" "), `page ${i + 1} footer`).toMatch(
      new RegExp(`^MassageRx referral ${id} · \\d{4}-\\d{2}-\\d{2} · page ${i + 1} of ${pages.length}$`),
    );
    expect(Math.max(...body.map((w) => w.yMax)), `page ${i + 1}: body text stays above the bottom margin`).toBeLessThanOrEqual(
      contentBottom + 0.5,
    );
  });
}

// Issue 5 + 6 in a browser: the clinician's whole job from an empty intake to a printed, exported referral.
test("intake → suggestion → dose change with a reason → save → print view → PDF → FHIR", async ({ page }) => {
  const clinician = createAccount("clinician", "journey");
  const patient = `Journey Patient ${uniqueTag()}`;
  await signIn(page, clinician);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "New referral" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New referral" })).toBeVisible();
  await fillIntake(page, {
    patientName: patient,
    dateOfBirth: "1958-03-09",
    complaint: KNEE_COMPLAINT,
    painLocations: ["Knees"],
    duration: "3 years",
    painIntensity: "6",
  });
  await expect(page.getByTestId("patient-age")).toContainText("years");
  await suggest(page);

  // The card shows its basis: dose, certainty, the words that matched and the studies.
  const card = page.getByRole("article", { name: KNEE_OA });
  await expect(card.getByText("60 minutes", { exact: false }).first()).toBeVisible();
  await expect(card.getByText("Certainty of evidence: moderate")).toBeVisible();
  await expect(card.getByRole("heading", { name: "Why this condition" })).toBeVisible();
  await expect(card.getByRole("heading", { name: /^Studies \(3\)/ })).toBeVisible();
  await screenshot(page, "intake-suggestions");

  await chooseCondition(page, KNEE_OA);
  const minutes = page.getByRole("spinbutton", { name: "Minutes per session" });
  await expect(minutes).toHaveValue("60");
  await minutes.fill("45");
  // A changed dose needs a coded reason and a note; saving without them is refused in place.
  await page.getByRole("button", { name: "Save referral" }).click();
  await expect(page.getByText("Choose a reason for changing the suggested dose")).toBeVisible();
  await expect(minutes).toHaveValue("45");
  await page.getByLabel("Reason", { exact: true }).selectOption({ label: "Patient preference" });
  await page.getByLabel("Explain the change").fill("Patient cannot tolerate a full hour yet");
  const id = await saveReferral(page);

  await expect(page.getByRole("heading", { level: 1 })).toContainText(patient);
  await expect(page.getByTestId("prescription-line")).toContainText("45-minute sessions");
  await expect(page.getByText("Patient cannot tolerate a full hour yet")).toBeVisible();
  await screenshot(page, "referral-detail");

  // Print view, rendered as the printer sees it.
  await page.getByRole("link", { name: "Print view" }).click();
  await expect(page).toHaveURL(new RegExp(`/referrals/${id}/print$`));
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByTestId("prescription-line").first()).toContainText("45-minute sessions");
  await expect(page.getByText(patient).first()).toBeVisible();
  await screenshot(page, "print-view-print-media");
  await expectFootersInTheMargin(page, id, test.info().outputPath("printed.pdf"));
  await page.emulateMedia({ media: "screen" });

  // PDF: a real download whose text carries the patient, the dose line, the ICD-10-CM code and the citations.
  const pdfDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download PDF" }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toMatch(new RegExp(`^referral-${id}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
  const pdfPath = await pdf.path();
  const text = execFileSync("pdftotext", ["-layout", pdfPath, "-"]).toString().replace(/\s+/g, " ");
  expect(text).toContain(patient);
  expect(text).toContain("45-minute sessions");
  expect(text).toMatch(/M17\.\d+/);
  expect(text).toContain("Perlman");
  expect(text).toContain("Patient preference");

  // FHIR: a ServiceRequest for this referral with the chosen dose.
  await page.goto(`/referrals/${id}`);
  const fhirDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download FHIR (JSON)" }).click();
  const fhir = await fhirDownload;
  expect(fhir.suggestedFilename()).toBe(`referral-${id}.fhir.json`);
  const resource = JSON.parse(readFileSync(await fhir.path(), "utf8")) as {
    resourceType: string;
    intent: string;
    contained?: { resourceType: string; name?: { text?: string }[] }[];
    reasonCode?: { coding?: { code?: string }[] }[];
  };
  expect(resource.resourceType).toBe("ServiceRequest");
  expect(resource.intent).toBe("order");
  expect(JSON.stringify(resource.contained)).toContain(patient);
  expect(resource.reasonCode?.[0]?.coding?.some((c) => c.code?.startsWith("M17"))).toBe(true);
});

test("the referral list finds a referral by patient name and by condition", async ({ page }) => {
  const clinician = createAccount("clinician", "search");
  const tag = uniqueTag();
  const knee = `Searchable Knee ${tag}`;
  const neck = `Searchable Neck ${tag}`;
  await signIn(page, clinician);
  // The neck evidence gives a range (2-3 sessions a week): the clinician chooses the figure, never its minimum.
  for (const [name, complaint, condition, sessionsPerWeek] of [
    [knee, KNEE_COMPLAINT, KNEE_OA, null],
    [neck, "Chronic neck pain for 2 years, stiff neck from desk work", "Chronic non-specific neck pain", "2"],
  ] as const) {
    await page.goto("/intake");
    await fillIntake(page, { patientName: name, complaint });
    await suggest(page);
    await chooseCondition(page, condition);
    if (sessionsPerWeek) await page.getByLabel("Sessions per week").fill(sessionsPerWeek);
    await saveReferral(page);
  }

  await page.goto("/referrals");
  const table = page.getByRole("table", { name: "Referrals, newest first" });
  await expect(table.getByRole("row")).toHaveCount(3);
  const search = page.getByRole("searchbox", { name: "Search by patient or condition" });
  await search.fill(knee);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 referral match" })).toBeVisible();
  await expect(table.getByRole("link", { name: knee })).toBeVisible();
  await expect(table.getByRole("link", { name: neck })).toHaveCount(0);

  await search.fill("neck pain");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(table.getByRole("link", { name: neck })).toBeVisible();
  await expect(table.getByRole("link", { name: knee })).toHaveCount(0);
  await screenshot(page, "referrals-search");

  await table.getByRole("link", { name: neck }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(neck);
});
