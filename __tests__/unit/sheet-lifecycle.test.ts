import {
  amendmentMark,
  lifecycleLines,
  NO_LIFECYCLE,
  pageLifecycleTag,
  type ReferralLifecycle,
} from "@/lib/domain/referral/sheet-lifecycle";

/**
 * A therapist holding one loose page can tell which prescription is in force: an amendment says so on every
 * page (of which version, when, why), the version it replaced says it is no longer in force and what
 * replaced it, and a cancelled referral says why.
 */

const amends = { id: "R-100", at: "2026-05-01", reason: "Dose lowered after a flare", version: 3 };
const amendment: ReferralLifecycle = {
  amends,
  amendedBy: null,
  cancelReason: null,
};
const replaced: ReferralLifecycle = {
  amends: null,
  amendedBy: { id: "R-200", at: "2026-06-02", reason: "New red flag" },
  cancelReason: null,
};

describe("an amendment", () => {
  test("carries a banner naming its version and the referral it replaces", () => {
    expect(amendmentMark(amendment)).toBe("AMENDMENT — version 3, replaces referral R-100 of 2026-05-01");
  });

  test("says in full which version it replaces (the one before it), when it was amended and why", () => {
    expect(lifecycleLines(amendment, "2026-05-03")).toEqual([
      "Amended referral: replaces referral R-100 of 2026-05-01 (version 2). This is version 3, amended on 2026-05-03. Reason for the amendment: Dose lowered after a flare",
    ]);
  });

  test("each page's footer names the amendment and its reason", () => {
    expect(pageLifecycleTag(amendment)).toBe("AMENDMENT (version 3) of referral R-100, amended for: Dose lowered after a flare");
  });
});

describe("a replaced version", () => {
  test("has no amendment banner but says it is no longer in force and what replaced it", () => {
    expect(amendmentMark(replaced)).toBeNull();
    expect(lifecycleLines(replaced, "2026-05-01")).toEqual([
      "Amended on 2026-06-02: replaced by referral R-200 (New red flag). This version is no longer in force.",
    ]);
    expect(pageLifecycleTag(replaced)).toBe("AMENDED: replaced by referral R-200 on 2026-06-02");
  });

  test("an amendment that was itself replaced says on each page that it is replaced, which matters more", () => {
    const both = { ...amendment, amendedBy: replaced.amendedBy };
    expect(pageLifecycleTag(both)).toBe("AMENDED: replaced by referral R-200 on 2026-06-02");
    expect(lifecycleLines(both, "2026-05-03")).toHaveLength(2);
  });
});

test("a cancelled referral says why; an ordinary one says nothing", () => {
  expect(lifecycleLines({ ...NO_LIFECYCLE, cancelReason: "Patient moved away" }, "2026-05-01")).toEqual([
    "Cancelled. Reason: Patient moved away",
  ]);
  expect(lifecycleLines(NO_LIFECYCLE, "2026-05-01")).toEqual([]);
  expect(amendmentMark(NO_LIFECYCLE)).toBeNull();
  expect(pageLifecycleTag(NO_LIFECYCLE)).toBeNull();
});

describe("the footer's reason is one line", () => {
  const tagFor = (reason: string) => pageLifecycleTag({ ...amendment, amends: { ...amends, reason } });
  const prefix = "AMENDMENT (version 3) of referral R-100, amended for: ";

  test("a reason of up to 60 characters is kept whole, its line breaks flattened", () => {
    const sixty = "a".repeat(60);
    expect(tagFor(sixty)).toBe(prefix + sixty);
    expect(tagFor("  Dose lowered\n after   a flare ")).toBe(`${prefix}Dose lowered after a flare`);
  });

  test("a longer reason is cut at the last word within 60 characters and marked as cut", () => {
    const reason = "The patient reported a flare of pain after the second session and asked for shorter sessions";
    expect(tagFor(reason)).toBe(`${prefix}The patient reported a flare of pain after the second…`);
  });

  test("a long reason with no break after its first 30 characters is cut at 60", () => {
    const reason = `Dose ${"x".repeat(70)}`;
    expect(tagFor(reason)).toBe(`${prefix}${reason.slice(0, 60)}…`);
  });
});
