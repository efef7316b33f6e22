import { render, screen } from "@testing-library/react";
import { TherapistCopy } from "@/components/referral-sheet/therapist-copy";
import { buildReferralSheet } from "@/lib/domain/referral/referral-sheet";
import { sheetDataFixture } from "../support/referral-fixtures";

/**
 * Evidence currency (issue 21, item 7): the referral page shows the therapist copy, and a referral made
 * from an evidence version later superseded says so there; one made from the current version does not.
 */
const NOW = new Date("2026-11-29T12:00:00.000Z");

function renderWith(currentVersionNumber: number | null) {
  const data = sheetDataFixture();
  render(<TherapistCopy sheet={buildReferralSheet({ ...data, evidence: { ...data.evidence, currentVersionNumber } }, NOW)} />);
}

test("a referral from a superseded evidence version says so on its page", () => {
  renderWith(3);
  expect(screen.getByText(/Made from evidence version 1, since superseded by version 3/)).toBeInTheDocument();
});

test("a referral from the current evidence version says nothing of the kind", () => {
  renderWith(1);
  expect(screen.queryByText(/superseded/)).toBeNull();
});
