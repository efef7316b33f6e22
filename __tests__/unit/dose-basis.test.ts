import {
  CPT_TEXT,
  cptCodeForModality,
  doseStatusSentence,
  legacyDoseBasis,
  sheetDoseStatusLine,
  unverifiedDoseText,
  type DoseBasis,
} from "@/lib/domain/evidence/dose-status";

/**
 * What a dose rests on, in the words every surface prints: which studies set it, whether its figures were
 * checked, and the CPT code its modality implies for referrals saved before the code was recorded.
 */

const basis: DoseBasis = {
  status: "studied",
  statusText: null,
  regimenStudied: null,
  unverified: false,
  unverifiedText: null,
  cptCode: "97124",
};

test("a dose status names its studies when it has them and names none it does not have", () => {
  expect(doseStatusSentence("established", ["Perlman 2012", "Perlman 2019"])).toBe(
    "Dose established: a dose-finding trial compared doses (Perlman 2012, Perlman 2019).",
  );
  expect(doseStatusSentence("studied", [])).toBe("Dose studied, not compared: the regimen used in trials; no trial compared doses.");
});

test("a dose is flagged unverified only when one of its studies was not checked", () => {
  expect(unverifiedDoseText([])).toBeNull();
  expect(unverifiedDoseText(["Brattberg 1999", "Field 2002"])).toBe(
    "Unverified: this dose rests on figures not checked against the study (Brattberg 1999, Field 2002)",
  );
});

describe("the sheet's dose-status line", () => {
  test("a referral saved before dose status existed prints none", () => {
    expect(sheetDoseStatusLine({ ...basis, status: null })).toBeNull();
  });

  test("a dose the evidence left open says the referring clinician set it", () => {
    expect(sheetDoseStatusLine({ ...basis, status: "not-established" })).toBe(
      "Dose status: not established by the evidence. The dose above was set by the referring clinician.",
    );
  });

  test("without a stored sentence it falls back to the status label", () => {
    expect(sheetDoseStatusLine(basis)).toBe("Dose status: Dose studied, not compared");
    expect(sheetDoseStatusLine({ ...basis, status: "established", statusText: "Dose established: (X 2001)." })).toBe(
      "Dose status: Dose established: (X 2001).",
    );
  });
});

describe("the CPT code of a referral saved before the code was recorded", () => {
  test("connective tissue massage and myofascial release bill as manual therapy (97140), whatever the case", () => {
    expect(cptCodeForModality("Connective tissue massage")).toBe("97140");
    expect(cptCodeForModality("Swedish massage with MYOFASCIAL release")).toBe("97140");
  });

  test("any other or no modality bills as massage therapy (97124)", () => {
    expect(cptCodeForModality("Swedish massage")).toBe("97124");
    expect(cptCodeForModality(null)).toBe("97124");
    expect(cptCodeForModality("")).toBe("97124");
  });

  test("the legacy basis knows only that code: no status, no sentence, not flagged", () => {
    expect(legacyDoseBasis("myofascial release")).toEqual({
      status: null,
      statusText: null,
      regimenStudied: null,
      unverified: false,
      unverifiedText: null,
      cptCode: "97140",
    });
    expect(CPT_TEXT[legacyDoseBasis(null).cptCode]).toBe("CPT 97124 (massage therapy, each 15 minutes)");
  });
});
