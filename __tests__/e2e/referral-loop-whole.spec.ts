import { expect, test, type Browser, type Page } from "@playwright/test";
import { ADMIN, createAccount, screenshot, signIn, uniqueTag } from "./helpers";
import { createReferral, KNEE_COMPLAINT, KNEE_OA } from "./support/intake";

/**
 * Issue 16's whole loop in a browser, each person in their own browser context: an admin lists a new
 * therapist, a clinician sends a referral to them, the therapist opens the emailed invitation (read from
 * the admin's outbox: the demo has no SMTP), sets a password, accepts, logs three sessions with scores and
 * one moderate adverse event, and discharges; the clinician then sees the timeline, the scores' data table,
 * the adverse-event alert and the course counted on /outcomes. All records are this test's own (a fresh
 * clinician, patient and directory entry), so the other specs' data is untouched.
 */
test.setTimeout(240_000);

const tag = uniqueTag();
const THERAPIST = { name: `Loop Therapist ${tag}`, practice: "Loop Practice", email: `loop-therapist-${tag}@e2e.test` };
const THERAPIST_PASSWORD = `quiet harbour lantern ${tag}`;
const PATIENT = `Loop Patient ${tag}`;

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

function daysAgo(n: number): string {
  return new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
}

async function listTherapist(admin: Page) {
  await admin.goto("/admin/therapists/new");
  await admin.getByLabel("Name").fill(THERAPIST.name);
  await admin.getByLabel("Practice").fill(THERAPIST.practice);
  await admin.getByLabel("Email (invitations go here)").fill(THERAPIST.email);
  await admin.getByLabel("Languages").fill("English");
  await admin.getByRole("button", { name: "Save therapist" }).click();
  await expect(admin).toHaveURL(/\/admin\/therapists$/);
}

async function invitationPath(admin: Page): Promise<string> {
  await admin.goto("/admin/outbox");
  const message = admin
    .getByRole("listitem")
    .filter({ hasText: `to ${THERAPIST.email}` })
    .first();
  const text = (await message.locator("pre").textContent()) ?? "";
  const found = /\/invite\/[A-Za-z0-9_-]{43}/.exec(text)?.[0];
  if (!found) throw new Error("no invitation link in the outbox message");
  return found;
}

interface SessionEntry {
  date: string;
  adverse?: { severity: string; description: string };
}

async function logSession(therapist: Page, entry: SessionEntry, expectedCount: number) {
  const form = therapist.getByRole("region", { name: "Log a session" });
  await form.getByLabel("Date of the session").fill(entry.date);
  await form.getByLabel("Minutes").fill("60");
  await form.getByLabel("Techniques").fill("Swedish, myofascial release");
  await form.getByLabel("Areas treated").fill("knees, thighs");
  await form.getByLabel("Pressure").selectOption("moderate");
  await form.getByLabel("How it was tolerated").selectOption(entry.adverse ? "fair" : "well");
  if (entry.adverse) {
    await form.getByLabel("An adverse event happened").check();
    await form.getByLabel("Severity").selectOption(entry.adverse.severity);
    await form.getByLabel("What happened").fill(entry.adverse.description);
  }
  await form.getByRole("button", { name: "Save session" }).click();
  await expect(form.getByRole("status")).toContainText("Session saved.");
  await expect(therapist.getByTestId("sessions-progress")).toContainText(`${expectedCount} of 8 sessions`);
}

interface ScoreEntry {
  when: "first" | "interim" | "final";
  date: string;
  pain: string;
  peg: [string, string, string];
  pgic?: string;
}

async function recordScores(therapist: Page, entry: ScoreEntry) {
  const form = therapist.getByRole("region", { name: "Record outcome scores" });
  await form.getByLabel("When").selectOption(entry.when);
  await form.getByLabel("Date taken").fill(entry.date);
  await form.getByLabel("Pain now").fill(entry.pain);
  await form.getByLabel("PEG: average pain in the past week").fill(entry.peg[0]);
  await form.getByLabel("PEG: pain's interference with enjoyment of life").fill(entry.peg[1]);
  await form.getByLabel("PEG: pain's interference with general activity").fill(entry.peg[2]);
  if (entry.pgic) await form.getByLabel("Patient's impression of change (PGIC)").selectOption(entry.pgic);
  else await expect(form.getByLabel("Patient's impression of change (PGIC)")).toHaveCount(0);
  await form.getByRole("button", { name: "Save scores" }).click();
  await expect(form.getByRole("status")).toContainText("Scores saved.");
}

test("clinician sends → therapist is invited, accepts, logs three sessions with scores and an adverse event, discharges → clinician sees it all", async ({
  browser,
}) => {
  const admin = await newPage(browser);
  await signIn(admin, ADMIN);
  await listTherapist(admin);

  // The clinician: a referral of their own, sent from its page.
  const clinicianAccount = createAccount("clinician", "loop");
  const clinician = await newPage(browser);
  await signIn(clinician, clinicianAccount);
  const referralId = await createReferral(
    clinician,
    { patientName: PATIENT, complaint: KNEE_COMPLAINT, painLocations: ["Knees"] },
    KNEE_OA,
  );
  const send = clinician.getByRole("region", { name: "Send to therapist" });
  await send.getByRole("radio", { name: new RegExp(`^${THERAPIST.name}`) }).check();
  await send.getByRole("button", { name: "Send to therapist" }).click();
  await send.getByRole("button", { name: "Confirm and send" }).click();
  await expect(send.getByTestId("sent-to")).toContainText(THERAPIST.name);

  // The therapist, in another browser: the invitation link, a password of their own, then sign in.
  const therapist = await newPage(browser);
  await therapist.goto(await invitationPath(admin));
  await expect(therapist.getByText(`Welcome, ${THERAPIST.name}.`)).toBeVisible();
  await therapist.getByLabel("Password", { exact: true }).fill(THERAPIST_PASSWORD);
  await therapist.getByLabel("Password again").fill(THERAPIST_PASSWORD);
  await therapist.getByRole("button", { name: "Create my account" }).click();
  await expect(therapist.getByRole("status")).toContainText("Your account is ready.");
  await signIn(therapist, { email: THERAPIST.email, password: THERAPIST_PASSWORD });
  await therapist.goto("/therapist");
  await therapist.getByRole("link", { name: PATIENT }).click();
  await expect(therapist.getByRole("heading", { level: 1, name: `Referral for ${PATIENT}` })).toBeVisible();
  // The sheet the therapist treats from: the prescription and the referring clinician's contact.
  await expect(therapist.getByTestId("prescription-line")).toContainText("60");
  await expect(therapist.getByRole("region", { name: "Contacts" })).toContainText(clinicianAccount.email);

  const respond = therapist.getByRole("region", { name: "Accept or decline this referral" });
  await respond.getByLabel("Accept").check();
  await respond.getByRole("button", { name: "Send answer" }).click();
  await expect(therapist.getByRole("region", { name: "Log a session" })).toBeVisible();
  await expect(therapist.getByTestId("sessions-progress")).toContainText("0 of 8 sessions");

  await logSession(therapist, { date: daysAgo(14) }, 1);
  await recordScores(therapist, { when: "first", date: daysAgo(14), pain: "7", peg: ["7", "6", "6"] });
  const bruising = "Bruising over the left thigh, settled in two days";
  await logSession(therapist, { date: daysAgo(7), adverse: { severity: "moderate", description: bruising } }, 2);
  await recordScores(therapist, { when: "interim", date: daysAgo(7), pain: "5", peg: ["5", "5", "4"], pgic: "3" });
  await logSession(therapist, { date: daysAgo(0) }, 3);
  await recordScores(therapist, { when: "final", date: daysAgo(0), pain: "3", peg: ["3", "2", "3"], pgic: "2" });
  await screenshot(therapist, "therapist-course");

  const discharge = therapist.getByRole("region", { name: "Discharge and close the course" });
  await discharge.getByLabel("Discharge note").fill("Pain down from 7 to 3 over three sessions; home stretching given.");
  await discharge.getByRole("button", { name: "Discharge and close the course" }).click();
  await expect(therapist.getByText(/^Course completed on/)).toBeVisible();
  await expect(therapist.getByRole("region", { name: "Log a session" })).toHaveCount(0);

  // The clinician sees what happened.
  await clinician.goto(`/referrals/${referralId}`);
  const loop = clinician.getByRole("region", { name: `Course with ${THERAPIST.name}` });
  const timeline = loop.getByRole("list", { name: "Referral status" });
  for (const step of ["Sent", "Accepted", "In progress", "Completed"]) await expect(timeline).toContainText(step);
  await expect(timeline).toContainText("3 of 8 sessions");
  await expect(loop.getByRole("table", { name: "Sessions logged by the therapist" }).getByRole("row")).toHaveCount(4);
  const scores = loop.getByRole("table", { name: "Outcome scores (0-10, lower is better)" });
  await expect(scores.getByRole("row")).toHaveCount(4);
  await expect(loop.getByText("Adverse events reported")).toBeVisible();
  await expect(loop).toContainText(bruising);
  await screenshot(clinician, "clinician-loop");

  // The alert is on the needs-attention list until acknowledged.
  await clinician.goto("/referrals/attention");
  const alert = clinician.getByRole("row").filter({ has: clinician.getByRole("link", { name: PATIENT }) });
  await expect(alert.getByRole("rowheader")).toContainText("(moderate)");

  // What the dose did: this clinician's one completed course is counted.
  await clinician.goto("/outcomes?scope=mine");
  const row = clinician
    .getByRole("table", { name: "Completed courses per condition and prescribed dose" })
    .getByRole("row", { name: new RegExp(KNEE_OA) });
  await expect(row.getByRole("cell").first()).toHaveText("1");
  await expect(row).toContainText("3 of 8");
});
