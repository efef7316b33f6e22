/**
 * Issue 14 defect 5, the wording half: the intake's banner and the printed sheet use the same words for
 * the same severity. An emergency red flag is an "emergency" (emergency assessment today) on both; a
 * defer finding is "do not refer now" on both; an emergency is never called "urgent" anywhere.
 */
import { render, screen, within } from "@testing-library/react";
import { DeferBanner } from "@/components/intake/defer-banner";
import { screenSafety } from "@/lib/domain/referral/safety-screen";
import { buildReferralSheet } from "@/lib/domain/referral/referral-sheet";
import { EMERGENCY_ADVICE } from "@/lib/domain/referral/sheet-precautions";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";
import { sheetDataFixture } from "../support/referral-fixtures";

const rules = seedEvidence.safetyRules;
const EMERGENCY_COMPLAINT = "Chronic low back pain, now with saddle numbness and urinary retention";

function sheetText(sheet: ReturnType<typeof buildReferralSheet>): string {
  return JSON.stringify({
    precautions: sheet.precautions,
    overrides: sheet.overrides,
    techniqueChanges: sheet.techniqueChanges,
    areasToAvoid: sheet.areasToAvoid,
  });
}

test("an emergency red flag: the banner says emergency, with the sheet's own advice, and never 'urgent'", () => {
  const safety = screenSafety({ rules, findings: [], complaint: EMERGENCY_COMPLAINT });
  expect(safety.outcome).toBe("emergency");
  render(<DeferBanner items={safety.deferred} />);
  const banner = screen.getByRole("alert");
  expect(within(banner).getByRole("heading")).toHaveTextContent(/^Emergency: do not refer/);
  expect(within(banner).getByRole("region", { name: "Emergency findings" })).toHaveTextContent(EMERGENCY_ADVICE);
  expect(within(banner).queryByRole("region", { name: "Deferred findings" })).toBeNull();
  expect(banner.textContent).not.toMatch(/urgent/i);
  expect(banner.textContent).not.toMatch(/defers this patient/);

  // The clinician overrides it: the final sheet says the same thing, in the same words.
  const sheet = buildReferralSheet(
    sheetDataFixture({
      slug: "chronic-low-back-pain",
      intake: { complaint: EMERGENCY_COMPLAINT, painLocations: ["lower-back"] },
      deferOverrideNote: "Seen in ED today, MRI clear; cleared for gentle massage",
    }),
    new Date("2026-11-29T12:00:00Z"),
  );
  const override = sheet.overrides.find((o) => o.title === "Safety screen overridden by the referring clinician");
  expect(override?.reason).toContain(EMERGENCY_ADVICE);
  expect(sheetText(sheet)).not.toMatch(/urgent/i);
  expect(sheet.precautions.join(" ")).not.toMatch(/do not refer/i);
});

test("a defer finding: 'do not refer now' on the banner and on the sheet, and it is not called an emergency", () => {
  const safety = screenSafety({ rules, findings: ["dvt"], complaint: "Knee osteoarthritis for years" });
  expect(safety.outcome).toBe("defer");
  render(<DeferBanner items={safety.deferred} />);
  const banner = screen.getByRole("alert");
  expect(within(banner).getByRole("heading")).toHaveTextContent("Do not refer now: the safety screen defers this patient");
  expect(within(banner).getByRole("region", { name: "Deferred findings" })).toHaveTextContent(/Do not refer now/);
  expect(banner.textContent).not.toMatch(/emergency/i);

  const sheet = buildReferralSheet(
    sheetDataFixture({ intake: { safetyFindings: ["dvt"] }, deferOverrideNote: "Duplex negative today, vascular team agrees" }),
    new Date("2026-11-29T12:00:00Z"),
  );
  const override = sheet.overrides.find((o) => o.title === "Safety screen overridden by the referring clinician");
  expect(override?.reason).toMatch(/advised not to refer now because of/);
  expect(override?.reason).not.toMatch(/emergency/i);
});

test("both at once: each finding under its own severity's words", () => {
  const safety = screenSafety({ rules, findings: ["dvt"], complaint: EMERGENCY_COMPLAINT });
  render(<DeferBanner items={safety.deferred} />);
  const banner = screen.getByRole("alert");
  expect(within(banner).getByRole("heading")).toHaveTextContent(/^Emergency: do not refer/);
  expect(within(banner).getByRole("region", { name: "Emergency findings" })).toHaveTextContent(/cauda equina/i);
  expect(within(banner).getByRole("region", { name: "Emergency findings" })).not.toHaveTextContent(/thrombosis/i);
  expect(within(banner).getByRole("region", { name: "Deferred findings" })).toHaveTextContent(/thrombosis/i);
});
