import { expect, type Page } from "@playwright/test";

export interface PatientIntake {
  patientName: string;
  dateOfBirth?: string;
  sex?: "Female" | "Male" | "Intersex" | "Unknown / not stated";
  complaint: string;
  painLocations?: string[];
  duration?: string;
  painIntensity?: string;
  safetyFindings?: string[];
}

/** Fills the intake form on /intake the way a clinician does, by the visible labels. */
export async function fillIntake(page: Page, intake: PatientIntake) {
  await page.getByLabel("Patient name").fill(intake.patientName);
  await page.getByLabel("Date of birth").fill(intake.dateOfBirth ?? "1970-04-12");
  await page.getByLabel("Sex").selectOption({ label: intake.sex ?? "Female" });
  await page.getByLabel("Complaint", { exact: true }).fill(intake.complaint);
  for (const location of intake.painLocations ?? []) await page.getByRole("checkbox", { name: location, exact: true }).check();
  if (intake.duration) await page.getByLabel("Duration").fill(intake.duration);
  if (intake.painIntensity) await page.getByLabel("Pain intensity (0-10)").fill(intake.painIntensity);
  for (const finding of intake.safetyFindings ?? []) await page.getByRole("checkbox", { name: finding }).check();
}

/** Presses Suggest and waits for the suggestion section. */
export async function suggest(page: Page) {
  await page.getByRole("button", { name: /^Suggest/ }).click();
  await expect(page.getByRole("heading", { name: "Suggestions", level: 2 })).toBeVisible();
}

/** Chooses the suggestion card of a condition and waits for its dose editor. */
export async function chooseCondition(page: Page, conditionName: string) {
  await page.getByRole("button", { name: `Refer for ${conditionName}` }).click();
  await expect(page.getByRole("heading", { name: `Referral for ${conditionName}` })).toBeVisible();
}

/** Saves and returns the new referral's id from the detail page URL. */
export async function saveReferral(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Save referral" }).click();
  await expect(page).toHaveURL(/\/referrals\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Referral for / })).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").pop();
  if (!id) throw new Error(`No referral id in ${page.url()}`);
  return id;
}

/** A whole referral at the suggested dose, for tests that need one to exist. */
export async function createReferral(page: Page, intake: PatientIntake, conditionName: string): Promise<string> {
  await page.goto("/intake");
  await fillIntake(page, intake);
  await suggest(page);
  await chooseCondition(page, conditionName);
  return saveReferral(page);
}

export const KNEE_OA = "Knee osteoarthritis";
export const KNEE_COMPLAINT = "Chronic knee osteoarthritis, both knees stiff and painful for 3 years, worse on stairs";
