import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RecommendationForm } from "@/components/evidence/admin/recommendation-form";
import { saveRecommendationAction } from "@/lib/actions/save-recommendation";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";

const push = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ push, refresh: jest.fn() }) }));
jest.mock("@/lib/actions/save-recommendation", () => ({ saveRecommendationAction: jest.fn() }));

const knee = seedEvidence.recommendations.find((r) => r.id === "knee-osteoarthritis-dose") ?? null;

function renderForm() {
  const conditions = seedEvidence.conditions.map((c) => ({ value: c.slug, label: c.name }));
  const studies = seedEvidence.studies.map((s) => ({ value: s.id, label: s.id }));
  render(
    <QueryClientProvider client={new QueryClient()}>
      <RecommendationForm baseVersionId="v1" original={knee} conditions={conditions} studies={studies} />
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  jest.mocked(saveRecommendationAction).mockReset();
  push.mockReset();
});

describe("recommendation curation form", () => {
  test("a bad dose and a missing reason are shown on their fields and nothing is sent", async () => {
    const user = userEvent.setup();
    renderForm();
    const minutes = screen.getByLabelText("Minutes per session");
    await user.clear(minutes);
    await user.type(minutes, "about an hour");
    await user.click(screen.getByRole("button", { name: "Save recommendation" }));
    expect(await screen.findByText(/Not a dose figure/)).toBeInTheDocument();
    expect(minutes).toHaveAttribute("aria-invalid", "true");
    expect(minutes).toHaveAccessibleDescription(expect.stringMatching(/Not a dose figure/));
    expect(screen.getByLabelText(/Why are you making this change/)).toHaveAccessibleDescription(expect.stringMatching(/Say why/));
    expect(saveRecommendationAction).not.toHaveBeenCalled();
  });

  test("sends the typed text with the base version and reason; server errors land on fields, text is kept", async () => {
    jest.mocked(saveRecommendationAction).mockResolvedValue({
      ok: false,
      error: "Please correct the highlighted fields.",
      fieldErrors: { "entity.precautions.1": ["Too long"] },
    });
    const user = userEvent.setup();
    renderForm();
    const minutes = screen.getByLabelText("Minutes per session");
    await user.clear(minutes);
    await user.type(minutes, "45");
    await user.type(screen.getByLabelText(/Why are you making this change/), "New trial supports 45 minutes");
    await user.click(screen.getByRole("button", { name: "Save recommendation" }));

    await waitFor(() => expect(saveRecommendationAction).toHaveBeenCalledTimes(1));
    expect(jest.mocked(saveRecommendationAction).mock.calls[0]?.[0]).toMatchObject({
      baseVersionId: "v1",
      originalKey: "knee-osteoarthritis-dose",
      reason: "New trial supports 45 minutes",
      entity: {
        minutesPerSession: "45",
        studyIds: ["perlman-2012", "perlman-2019", "ernst-2003"],
        doseStatus: "established",
        doseStudyIds: ["perlman-2012"],
        cptCode: "97124",
      },
    });
    expect(await screen.findByRole("alert")).toHaveTextContent("Please correct the highlighted fields.");
    expect(screen.getByLabelText("Precautions")).toHaveAccessibleDescription(expect.stringMatching(/Line 2: Too long/));
    expect(minutes).toHaveValue("45");
    expect(push).not.toHaveBeenCalled();
  });
});
