import { render, screen, within } from "@testing-library/react";
import { LoopTimelineView } from "@/components/loop-follow-up/loop-timeline-view";
import { ScoreTable } from "@/components/loop-follow-up/score-table";
import { SessionsGiven } from "@/components/loop-follow-up/sessions-given";
import { scoreRows } from "@/lib/domain/loop-follow-up/score-series";
import { loopTimeline } from "@/lib/domain/loop-follow-up/timeline";

describe("the clinician's view of the loop", () => {
  test("the score table lists each score set in recorded order with PEG as the mean of its items", () => {
    const rows = scoreRows([
      {
        id: "b",
        recordedAt: "2026-03-19",
        timepoint: "interim",
        pain: 5,
        pegPain: 5,
        pegEnjoyment: 4,
        pegActivity: 5,
        pgic: "minimally-improved",
      },
      { id: "a", recordedAt: "2026-03-17", timepoint: "first", pain: 7, pegPain: 7, pegEnjoyment: 6, pegActivity: 8, pgic: null },
    ]);
    render(<ScoreTable rows={rows} />);
    const table = screen.getByRole("table", { name: "Outcome scores (0-10, lower is better)" });
    const body = within(table).getAllByRole("row").slice(1);
    expect(
      body.map((r) =>
        within(r)
          .getAllByRole("cell")
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ["First session", "7", "7", "7 / 6 / 8", "not asked"],
      ["Along the way", "5", "4.7", "5 / 4 / 5", "Minimally improved"],
    ]);
    expect(within(body[0] as HTMLElement).getByRole("rowheader").textContent).toBe("2026-03-17");
  });

  test("the timeline marks the current step for assistive technology and says '3 of 8 sessions'", () => {
    const steps = loopTimeline({
      stage: "in_progress",
      therapistName: "Terry Therapist",
      sentAt: "2026-03-15T11:00:00.000Z",
      acceptedAt: "2026-03-16T09:00:00.000Z",
      declinedAt: null,
      declineReason: null,
      completedAt: null,
      dischargeNote: null,
      sessionsGiven: 3,
      sessionsPrescribed: 8,
      firstSessionAt: "2026-03-17",
    });
    render(<LoopTimelineView steps={steps} title="Referral status" />);
    const list = screen.getByRole("list", { name: "Referral status" });
    const current = within(list)
      .getAllByRole("listitem")
      .find((li) => li.getAttribute("aria-current") === "step");
    expect(current?.textContent).toContain("In progress");
    expect(current?.textContent).toContain("3 of 8 sessions");
  });

  test("sessions are shown against the prescribed dose, with a shorter session and an adverse event said", () => {
    render(
      <SessionsGiven
        dose={{ line: "60-minute sessions, once a week, for 8 weeks (8 sessions)", minutesPerSession: 60, progress: "2 of 8 sessions" }}
        sessions={[
          {
            id: "s1",
            date: "2026-03-17",
            minutes: 60,
            techniques: ["Swedish"],
            areas: ["Knee"],
            pressure: "moderate",
            tolerance: "Tolerated well",
            adverseEvent: null,
          },
          {
            id: "s2",
            date: "2026-03-24",
            minutes: 45,
            techniques: [],
            areas: [],
            pressure: "light",
            tolerance: "Tolerated poorly",
            adverseEvent: { severity: "moderate", description: "Bruising" },
          },
        ]}
      />,
    );
    expect(screen.getByText("Sessions given: 2 of 8 sessions.")).toBeInTheDocument();
    const rows = within(screen.getByRole("table", { name: "Sessions logged by the therapist" })).getAllByRole("row");
    expect(rows[1]?.textContent).toContain("none");
    expect(rows[2]?.textContent).toContain("45(prescribed 60)");
    expect(rows[2]?.textContent).toContain("moderate: Bruising");
  });
});
