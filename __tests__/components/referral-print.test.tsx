import { render, screen, within } from "@testing-library/react";
import { cssString, printFooterCss } from "@/components/referral-sheet/print-page-footer";
import { ReferralSheetView } from "@/components/referral-sheet/referral-sheet-view";
import { buildReferralSheet, UNVERIFIED_FLAG } from "@/lib/domain/referral/referral-sheet";
import { seedEvidence } from "@/prisma/evidence/evidence-seed";
import { sheetDataFixture } from "../support/referral-fixtures";

const NOW = new Date("2026-11-29T12:00:00.000Z");

function renderSheet(options: Parameters<typeof sheetDataFixture>[0] = {}) {
  const data = sheetDataFixture(options);
  const sheet = buildReferralSheet(data, NOW);
  const view = render(<ReferralSheetView sheet={sheet} />);
  return { data, sheet, ...view };
}

function therapistCopy() {
  return screen.getByRole("article", { name: "Massage therapy referral" });
}

describe("referral print sheet", () => {
  test("therapist copy: clinic, clinician, patient, diagnosis, prescription, CPT units, goals, notes", () => {
    renderSheet();
    const copy = within(therapistCopy());
    expect(copy.getByText("Riverside Clinic")).toBeInTheDocument();
    expect(copy.getByText("Dr Ana Ruiz, MD")).toBeInTheDocument();
    expect(copy.getByText("Phone: 555-0100")).toBeInTheDocument();
    expect(copy.getByText("Maria Lopez")).toBeInTheDocument();
    // Born 1961-04-12: 65 on 2026-11-29.
    expect(copy.getByText("1961-04-12 (age 65 years)")).toBeInTheDocument();
    expect(copy.getByText("Female")).toBeInTheDocument();
    expect(copy.getByText("M17.10")).toBeInTheDocument();
    expect(copy.getByTestId("prescription-line")).toHaveTextContent(
      "Massage therapy: 60-minute sessions, once a week, for 8 weeks (8 sessions)",
    );
    expect(copy.getByText(/CPT 97124 .*: 4 units per session/)).toBeInTheDocument();
    expect(copy.getByText("Walk to the market without stopping")).toBeInTheDocument();
    expect(copy.getByText("Prefers morning appointments")).toBeInTheDocument();
    expect(copy.getByText("MassageRx evidence version 1")).toBeInTheDocument();
    expect(copy.getByText(/MassageRx evidence rating, certainty of evidence: moderate/)).toBeInTheDocument();
    expect(copy.getByTestId("dose-status-line")).toHaveTextContent(
      "Dose status: Dose established: a dose-finding trial compared doses (Perlman 2012).",
    );
    expect(copy.getByText(/Signature — Dr Ana Ruiz, MD/)).toBeInTheDocument();
  });

  test("every citation of the recommendation is numbered, with its DOI link", () => {
    renderSheet();
    const rec = seedEvidence.recommendations.find((r) => r.id === "knee-osteoarthritis-dose");
    expect(rec?.studyIds.length).toBeGreaterThan(0);
    const items = within(therapistCopy())
      .getAllByRole("listitem")
      .filter((li) => /^\[\d+\]/.test(li.textContent ?? ""));
    expect(items).toHaveLength(rec?.studyIds.length ?? -1);
    expect(items[0]).toHaveTextContent(/^\[1\] Perlman A, et al\. .*PLoS One\. 2012;7\(2\):e30248/);
    expect(within(items[0] as HTMLElement).getByRole("link", { name: "https://doi.org/10.1371/journal.pone.0030248" })).toHaveAttribute(
      "href",
      "https://doi.org/10.1371/journal.pone.0030248",
    );
    expect(items[0]).toHaveTextContent(/Key figures: RCT, n=125/);
  });

  test("unverified figures are flagged (fibromyalgia: Brattberg 1999)", () => {
    renderSheet({ slug: "fibromyalgia" });
    const brattberg = screen.getAllByRole("listitem").find((li) => li.textContent?.includes("Brattberg G"));
    expect(brattberg).toHaveTextContent(UNVERIFIED_FLAG);
    const li = screen.getAllByRole("listitem").find((el) => el.textContent?.includes("Li YH"));
    expect(li).not.toHaveTextContent(UNVERIFIED_FLAG);
  });

  test("decision-support disclaimer and the referral id in the print footer", () => {
    const { sheet, container } = renderSheet();
    expect(screen.getByTestId("disclaimer")).toHaveTextContent(/Decision support only/);
    expect(container.querySelector("style")?.textContent).toContain(`MassageRx referral ${sheet.referralId} · 2026-03-15 · page`);
  });

  test("overrides are printed with their reasons, and the evidence dose beside the changed one", () => {
    renderSheet({
      finalDose: { minutesPerSession: 45, sessionsPerWeek: 1, weeks: 8, totalSessions: null },
      doseChanged: true,
      overrideReason: "cost-or-access",
      overrideNote: "Plan covers 45 minutes",
      deferOverrideNote: "DVT excluded by ultrasound last week",
    });
    const copy = within(therapistCopy());
    expect(copy.getByText(/Reason: Cost or access — Plan covers 45 minutes/)).toBeInTheDocument();
    expect(copy.getByText(/DVT excluded by ultrasound last week/)).toBeInTheDocument();
    expect(copy.getByText("Evidence-suggested dose: 60-minute sessions, once a week, for 8 weeks (8 sessions)")).toBeInTheDocument();
    expect(copy.getByText(/: 3 units per session/)).toBeInTheDocument();
  });

  test("patient copy: its own article with what, how often, how long, and 911 apart from calling the clinician", () => {
    renderSheet();
    const patient = within(screen.getByRole("article", { name: "Your massage therapy plan" }));
    expect(patient.getByText(/For Maria Lopez/)).toBeInTheDocument();
    const headings = [
      "What",
      "How often",
      "For how long",
      "What to tell your therapist",
      "Call 911 now if you have",
      "Stop the massage and call your clinician if you have",
    ];
    for (const heading of headings) {
      expect(patient.getByRole("heading", { name: heading })).toBeInTheDocument();
    }
    const emergencyList = patient.getByRole("heading", { name: "Call 911 now if you have" }).closest("section");
    expect(emergencyList).toHaveTextContent(/Chest pain/);
    expect(emergencyList).not.toHaveTextContent(/calf or leg/);
    expect(patient.getByText("Once a week.")).toBeInTheDocument();
    expect(patient.getByText("For 8 weeks.")).toBeInTheDocument();
  });

  test("script payloads in the patient name, complaint and notes render as text", () => {
    const payload = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`;
    const { container } = renderSheet({ intake: { patientName: `Eve ${payload}`, complaint: payload, notes: payload, goals: payload } });
    expect(container.querySelector("script")).toBeNull();
    expect(container.querySelector("img")).toBeNull();
    expect(within(therapistCopy()).getByText(`Eve ${payload}`)).toBeInTheDocument();
    expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
  });
});

describe("printed page footer", () => {
  test("every printed page gets the referral id, date and page x of y in its bottom margin", () => {
    const { sheet, container } = renderSheet();
    const css = container.querySelector("style")?.textContent ?? "";
    expect(css).toBe(printFooterCss(sheet));
    expect(css).toContain(
      `@bottom-center { content: "MassageRx referral ${sheet.referralId} · ${sheet.referralDate} · page " counter(page) " of " counter(pages);`,
    );
  });

  test("text in the footer is always a closed CSS string", () => {
    expect(cssString('a "quoted" \\ backslash')).toBe('"a \\"quoted\\" \\\\ backslash"');
    expect(cssString("line\nbreak")).toBe('"line break"');
    expect(cssString('x"; } body { display: none')).toBe('"x\\"; } body { display: none"');
  });
});

describe("issue 14: what the therapist needs, in one unit", () => {
  test("defect 8: medications, pain locations, duration, baseline pain and goals are on the therapist copy", () => {
    renderSheet({ intake: { medications: "Apixaban 5 mg", duration: "3 years", painIntensity: 7, goals: "Garden again" } });
    const section = within(screen.getByRole("region", { name: "Clinical details" }));
    expect(section.getByText("Apixaban 5 mg")).toBeInTheDocument();
    expect(section.getByText("Knees")).toBeInTheDocument();
    expect(section.getByText("3 years")).toBeInTheDocument();
    expect(section.getByText("7/10 at referral")).toBeInTheDocument();
    expect(section.getByText("Garden again")).toBeInTheDocument();
  });

  test("defect 8: the signature follows the prescription and precautions, before the supporting evidence", () => {
    renderSheet();
    const headings = within(therapistCopy())
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent);
    expect(headings.indexOf("Referring clinician")).toBeGreaterThan(headings.indexOf("Prescription"));
    expect(headings.indexOf("Referring clinician")).toBeLessThan(headings.indexOf("Evidence behind the dose"));
  });

  test.each([
    ["draft", "DRAFT — not a referral"],
    ["cancelled", "CANCELLED"],
  ] as const)("a %s sheet is marked on both copies", (status, mark) => {
    renderSheet({ status });
    expect(screen.getAllByTestId("status-mark").map((m) => m.textContent)).toEqual([mark, mark]);
  });

  test("a final sheet carries no mark", () => {
    renderSheet();
    expect(screen.queryByTestId("status-mark")).not.toBeInTheDocument();
  });
});

describe("an amendment and the version it replaced (issue 14)", () => {
  const amends = { id: "cmold0001", at: "2026-11-20", reason: "Patient asked for shorter sessions", version: 2 };

  function renderLifecycle(status: "final" | "amended", lifecycle: Parameters<typeof buildReferralSheet>[0]["lifecycle"]) {
    const sheet = buildReferralSheet({ ...sheetDataFixture({ status }), lifecycle }, NOW);
    return { sheet, ...render(<ReferralSheetView sheet={sheet} />) };
  }

  test("the new version says plainly, on both copies and in every page's margin, what it amends, when and why", () => {
    const { sheet, container } = renderLifecycle("final", { amends, amendedBy: null, cancelReason: null });
    const mark = "AMENDMENT — version 2, replaces referral cmold0001 of 2026-11-20";
    expect(within(therapistCopy()).getByTestId("amendment-mark")).toHaveTextContent(mark);
    expect(within(screen.getByRole("article", { name: sheet.patientCopy.title })).getByTestId("amendment-mark")).toHaveTextContent(mark);
    expect(within(therapistCopy()).getByTestId("lifecycle-line")).toHaveTextContent(
      `Amended referral: replaces referral cmold0001 of 2026-11-20 (version 1). This is version 2, amended on ${sheet.referralDate}. ` +
        "Reason for the amendment: Patient asked for shorter sessions",
    );
    // It is the referral in force: no "not a referral" mark.
    expect(screen.queryByTestId("status-mark")).toBeNull();
    expect(container.querySelector("style")?.textContent).toContain(
      '@top-center { content: "AMENDMENT (version 2) of referral cmold0001, amended for: Patient asked for shorter sessions";',
    );
  });

  test("the replaced version carries AMENDED on both copies, large on every printed page, and what replaced it in every margin", () => {
    const { container } = renderLifecycle("amended", {
      amends: null,
      amendedBy: { id: "cmnew0002", at: "2026-11-28", reason: "Patient asked for shorter sessions" },
      cancelReason: null,
    });
    expect(screen.getAllByTestId("status-mark").map((m) => m.textContent)).toEqual([
      "AMENDED — replaced by a newer version",
      "AMENDED — replaced by a newer version",
    ]);
    expect(container.querySelector(".sheet-status-watermark")).toHaveTextContent("AMENDED — replaced by a newer version");
    expect(screen.queryByTestId("amendment-mark")).toBeNull();
    expect(container.querySelector("style")?.textContent).toContain(
      '@top-center { content: "AMENDED: replaced by referral cmnew0002 on 2026-11-28";',
    );
  });

  test("a referral with one version has no amendment banner and nothing in the top margin", () => {
    const { container } = renderLifecycle("final", undefined);
    expect(screen.queryByTestId("amendment-mark")).toBeNull();
    expect(container.querySelector("style")?.textContent).not.toContain("@top-center");
  });
});
