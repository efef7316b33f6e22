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
    expect(cards).toHaveLength(2);
    const perlman = cards[0];
    if (!perlman) throw new Error("no first study");
    expect(within(perlman).getByRole("heading", { level: 4 })).toHaveTextContent("Perlman 2012");
    expect(perlman).toHaveTextContent("People with osteoarthritis of the knee");
    expect(perlman).toHaveTextContent("125");
    expect(perlman).toHaveTextContent("WOMAC Global improved 24.0 points");
    expect(perlman).toHaveTextContent("Verified against the primary study");
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
    expect(screen.getByText("Low certainty")).toBeInTheDocument();
  });

  test("script in evidence text renders as text", () => {
    const view = viewOf("knee-osteoarthritis");
    const hostile = { ...view, condition: { ...view.condition, description: "<script>alert(1)</script>" } };
    const { container } = render(<ConditionDetail view={hostile} />);
    expect(screen.getByText("<script>alert(1)</script>")).toBeInTheDocument();
    expect(container.querySelector("script")).toBeNull();
  });
});
