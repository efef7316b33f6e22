import { render, screen, within } from "@testing-library/react";
import { SuggestionCard } from "@/components/intake/suggestion-card";
import { buildCardForCondition } from "@/lib/domain/referral/suggest";
import type { EvidenceSnapshot } from "@/lib/schemas/evidence";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";
import { exampleIntake } from "../support/referral-fixtures";

const snapshot: EvidenceSnapshot = { versionId: "ev-1", versionNumber: 1, content: seedEvidence };

function renderCard(slug: string) {
  const card = buildCardForCondition(snapshot, slug, exampleIntake(), null);
  if (!card) throw new Error(`no card for ${slug}`);
  render(<SuggestionCard card={card} complaint="complaint" chosen={false} onChoose={() => undefined} />);
  return card;
}

describe("suggestion card: the evidence a clinician checks, beside the dose", () => {
  test("a not-established dose is never presented as a suggested dose", () => {
    renderCard("tension-type-headache");
    expect(screen.queryByRole("heading", { name: "Suggested dose" })).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Dose" })).toBeInTheDocument();
    expect(screen.getByTestId("card-dose-line")).toHaveTextContent("Dose not established by the evidence: no dose is suggested.");
    expect(screen.queryByText("Minutes per session")).not.toBeInTheDocument();
    expect(screen.getByTestId("dose-status")).toHaveTextContent("Regimen studied (not a suggested dose)");
    // Conflicting evidence is on the card itself, not behind a click.
    expect(screen.getByRole("region", { name: "Conflicting or qualifying guidance" })).toHaveTextContent(/Moraska 2015.*placebo/);
  });

  test("an established dose says so, with the MassageRx rating label, review date and evidence profile", () => {
    renderCard("knee-osteoarthritis");
    expect(screen.getByRole("heading", { name: "Suggested dose" })).toBeInTheDocument();
    expect(screen.getByTestId("dose-status")).toHaveTextContent("Dose established: a dose-finding trial compared doses (Perlman 2012).");
    expect(screen.getByRole("heading", { name: "MassageRx evidence rating" })).toBeInTheDocument();
    expect(screen.getByText("Evidence last reviewed: 2026-12-01")).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Conflicting or qualifying guidance" })).toHaveTextContent("AAOS 2021");
    const table = screen.getByRole("table", { name: "Evidence profile: key outcomes" });
    expect(
      within(table)
        .getAllByRole("rowheader")
        .map((h) => h.textContent),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^Harms: Serious adverse events/)]));
  });

  test("the fibromyalgia dose line itself carries the unverified flag, and billing follows the modality", () => {
    renderCard("fibromyalgia");
    expect(screen.getByTestId("card-dose-line")).toHaveTextContent(
      /Unverified: this dose rests on figures not checked against the study \(Brattberg 1999\)$/,
    );
    expect(screen.getByText(/Billing: CPT 97140/)).toBeInTheDocument();
  });
});
