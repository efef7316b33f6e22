import { render, screen, within } from "@testing-library/react";
import { ConditionDetail } from "@/components/evidence/condition-detail";
import { UNVERIFIED_TEXT } from "@/components/evidence/study-card";
import { conditionView } from "@/lib/domain/evidence/condition-view";
import { certaintyMeaning, strengthMeaning } from "@/lib/domain/evidence/dose-format";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";

function viewOf(slug: string) {
  const view = conditionView(seedEvidence, slug);
  if (!view) throw new Error(`no condition ${slug}`);
  return view;
}

describe("condition evidence page", () => {
  test("knee OA: the dose line, certainty and strength in plain words, codes and both studies", () => {
    render(<ConditionDetail view={viewOf("knee-osteoarthritis")} />);
    expect(screen.getByRole("heading", { level: 1, name: "Knee osteoarthritis" })).toBeInTheDocument();
    expect(screen.getByTestId("dose-line")).toHaveTextContent("60-minute sessions, once a week, for 8 weeks (8 sessions)");
    expect(screen.getByText("Moderate certainty")).toBeInTheDocument();
    expect(screen.getByText(certaintyMeaning("moderate"))).toBeInTheDocument();
    expect(screen.getByText(strengthMeaning("conditional"))).toBeInTheDocument();
    expect(screen.getByText("M17.11")).toBeInTheDocument();

    const studies = screen.getByRole("heading", { name: "Studies this rests on" }).parentElement;
    if (!studies) throw new Error("no studies section");
    const cards = within(studies).getAllByRole("listitem");
    // The two trials and the harms source every recommendation cites (Ernst 2003).
    expect(cards).toHaveLength(3);
    const perlman = cards[0];
    if (!perlman) throw new Error("no first study");
    expect(within(perlman).getByRole("heading", { level: 4 })).toHaveTextContent("Perlman 2012");
    expect(perlman).toHaveTextContent("People with osteoarthritis of the knee");
    expect(perlman).toHaveTextContent("125");
    expect(perlman).toHaveTextContent("WOMAC Global improved 24.0 points");
    expect(perlman).toHaveTextContent("Checked against the abstract");
    expect(perlman).toHaveTextContent(
      "Perlman A, et al. Massage therapy for osteoarthritis of the knee: a randomized dose-finding trial. PLoS One. 2012;7(2):e30248. doi:10.1371/journal.pone.0030248",
    );
    expect(within(perlman).getByRole("link", { name: /DOI/ })).toHaveAttribute("href", "https://doi.org/10.1371/journal.pone.0030248");
    expect(screen.queryByText(UNVERIFIED_TEXT)).not.toBeInTheDocument();
  });

  test("fibromyalgia: an unverified study is flagged and a missing dose figure is named, not invented", () => {
    render(<ConditionDetail view={viewOf("fibromyalgia")} />);
    expect(screen.getByText(UNVERIFIED_TEXT)).toBeInTheDocument();
    expect(screen.getByTestId("dose-line")).toHaveTextContent("session length not established by the evidence");
    expect(screen.getByText("Very low certainty")).toBeInTheDocument();
    // The Brattberg flag sits on the dose line itself.
    expect(screen.getByTestId("dose-line")).toHaveTextContent(
      "Unverified: this dose rests on figures not checked against the study (Brattberg 1999)",
    );
    expect(screen.getByText(/EULAR 2016/)).toBeInTheDocument();
  });

  test("tension-type headache: no suggested dose, the regimen studied, and Moraska 2015 beside it", () => {
    render(<ConditionDetail view={viewOf("tension-type-headache")} />);
    expect(screen.queryByRole("heading", { name: /Suggested dose/ })).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: /^Dose:/ })).toBeInTheDocument();
    expect(screen.getByTestId("dose-line")).toHaveTextContent("Dose not established by the evidence: no dose is suggested.");
    expect(screen.getByTestId("dose-status")).toHaveTextContent(
      "Regimen studied (not a suggested dose): 30 min twice weekly for 4 weeks (Quinn 2002",
    );
    const guidance = screen.getByRole("region", { name: "Conflicting or qualifying guidance" });
    expect(guidance).toHaveTextContent("Conflicting evidence or guidance — Moraska 2015");
    expect(guidance).toHaveTextContent("Checked against the abstract.");
  });

  test("every condition page shows its review date, the MassageRx rating label and an evidence profile", () => {
    render(<ConditionDetail view={viewOf("chronic-low-back-pain")} />);
    expect(screen.getByText("Evidence last reviewed: 2026-12-01")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "MassageRx evidence rating" })).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Evidence profile: key outcomes" });
    expect(within(table).getByRole("columnheader", { name: "Minimal important difference" })).toBeInTheDocument();
    const rdq = within(table)
      .getByRole("rowheader", { name: /Disability \(Roland-Morris/ })
      .closest("tr");
    expect(rdq).toHaveTextContent(">= 2 RDQ points (the trial's threshold)");
    expect(rdq).toHaveTextContent("401 participants");
    expect(within(table).getByRole("rowheader", { name: /Harms: Serious adverse events/ })).toBeInTheDocument();
    // A figure the source does not give is said to be missing.
    expect(within(table).getAllByText("not reported").length).toBeGreaterThan(0);
    expect(screen.getByText("Billing: CPT 97124 (massage therapy, each 15 minutes)")).toBeInTheDocument();
  });

  test("script in evidence text renders as text", () => {
    const view = viewOf("knee-osteoarthritis");
    const hostile = { ...view, condition: { ...view.condition, description: "<script>alert(1)</script>" } };
    const { container } = render(<ConditionDetail view={hostile} />);
    expect(screen.getByText("<script>alert(1)</script>")).toBeInTheDocument();
    expect(container.querySelector("script")).toBeNull();
  });
});
