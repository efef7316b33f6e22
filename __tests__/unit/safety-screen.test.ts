import { seedEvidence } from "@/prisma/evidence/evidence-seed";
import { screenSafety, safetyLine, EMERGENCY_ASSESSMENT } from "@/lib/domain/referral/safety-screen";
import { BUILT_IN_CODES, BUILT_IN_RULES } from "@/lib/domain/safety/built-in-rules";
import { BUILT_IN_EMERGENCY_CODES } from "@/lib/domain/safety/rule-codes";

const rules = seedEvidence.safetyRules;
const codes = (items: { code: string }[]) => items.map((i) => i.code);

describe("screenSafety (the intake's shape of the engine's verdict)", () => {
  test("nothing ticked, nothing in the text: clear", () => {
    const screen = screenSafety({ rules, findings: [], complaint: "chronic neck pain for a year" });
    expect(screen).toMatchObject({
      outcome: "clear",
      deferred: [],
      areasToAvoid: [],
      techniqueChanges: [],
      precautions: [],
      blocked: false,
      child: false,
      pregnancy: null,
    });
  });

  test("defer severity (ticked DVT) blocks and says what to do instead", () => {
    const screen = screenSafety({ rules, findings: ["dvt"] });
    expect(screen.outcome).toBe("defer");
    expect(screen.blocked).toBe(true);
    expect(codes(screen.deferred)).toEqual(["dvt"]);
    expect(screen.deferred[0]?.guidance).toMatch(/Do not refer until DVT excluded\/treated/);
    expect(screen.deferred[0]?.source).toMatch(/Mayo Clinic/);
    expect(screen.deferred[0]?.triggers).toEqual(["ticked on the intake form"]);
    expect(screen.precautions[0]).toMatch(/^Do not refer now — Deep vein thrombosis/);
  });

  test("local severity lists areas to avoid without blocking", () => {
    const screen = screenSafety({ rules, findings: ["skin", "recent-surgery"] });
    expect(screen.outcome).toBe("precautions");
    expect(codes(screen.areasToAvoid)).toEqual(["skin", "recent-surgery"]);
    expect(screen.areasToAvoid[1]?.guidance).toMatch(/surgical site for at least 6 weeks/);
  });

  test("modify severity: bleeding risk means no deep or forceful pressure; each rule has patient text of its own", () => {
    const screen = screenSafety({ rules, findings: ["bleeding"] });
    expect(codes(screen.techniqueChanges)).toEqual(["bleeding"]);
    expect(screen.techniqueChanges[0]?.guidance).toMatch(/^No deep or forceful pressure/);
    expect(screen.techniqueChanges[0]?.patientText).toMatch(/gentle pressure/);
    expect(screen.techniqueChanges[0]?.patientText).not.toBe(screen.techniqueChanges[0]?.guidance);
  });

  test("a rule implied by the matched condition applies with its reason", () => {
    const screen = screenSafety({ rules, findings: [], implied: [{ code: "cancer", why: "complaint matched cancer" }] });
    expect(screen.techniqueChanges[0]?.triggers).toEqual(["complaint matched cancer"]);
  });

  test("pregnancy applies the pregnancy rule with its trimester even when no box was ticked", () => {
    const screen = screenSafety({ rules, findings: [], pregnant: true, pregnancyWeeks: 24 });
    expect(codes(screen.techniqueChanges)).toEqual(["pregnancy"]);
    expect(screen.pregnancy).toEqual({ weeks: 24, trimester: 2 });
    expect(screen.techniqueChanges[0]?.triggers).toEqual(["recorded as pregnant, 24 weeks"]);
    expect(screen.techniqueChanges[0]?.guidance).toMatch(/Second trimester: side-lying/);
    const both = screenSafety({ rules, findings: ["pregnancy"], pregnant: true, pregnancyWeeks: 24 });
    expect(both.techniqueChanges).toHaveLength(1);
    expect(both.techniqueChanges[0]?.triggers).toHaveLength(2);
  });

  test("not pregnant: the pregnancy rule does not apply", () => {
    expect(screenSafety({ rules, findings: [], pregnant: false, pregnancyWeeks: 24 }).techniqueChanges).toEqual([]);
  });

  test("several findings: emergency and defer first, then modify, then local; each once", () => {
    const screen = screenSafety({
      rules,
      findings: ["skin", "bleeding", "dvt", "lymphedema", "dvt"],
      complaint: "low back pain, saddle numbness since this morning",
    });
    expect(codes(screen.deferred)).toEqual(["cauda-equina", "dvt"]);
    expect(screen.outcome).toBe("emergency");
    expect(codes(screen.techniqueChanges)).toEqual(["bleeding", "lymphedema"]);
    expect(codes(screen.areasToAvoid)).toEqual(["skin"]);
    expect(screen.precautions).toHaveLength(5);
    expect(screen.precautions[0]).toMatch(/^Emergency: do not refer — /);
    expect(screen.deferred[0]?.guidance.startsWith(EMERGENCY_ASSESSMENT)).toBe(true);
  });

  test("retired rules are ignored, and unknown codes too", () => {
    const retired = rules.map((r) => (r.code === "dvt" ? { ...r, retired: true } : r));
    const screen = screenSafety({ rules: retired, findings: ["dvt", "no-such-rule"] });
    expect(screen.outcome).toBe("clear");
    expect(screen.precautions).toEqual([]);
  });

  test("safetyLine names severity, guidance and source", () => {
    const screen = screenSafety({ rules, findings: ["lymphedema"] });
    const item = screen.techniqueChanges[0];
    expect(item && safetyLine(item)).toBe(
      "Change technique — Lymphedema: Pressure limits on the affected limb, lifelong (source: Walton (massagemag))",
    );
  });

  test("a finding in the text is reported for the form to pre-tick, with the words and where they were", () => {
    const screen = screenSafety({ rules, findings: [], complaint: "knee OA", medications: "Eliquis 5 mg twice daily" });
    expect(screen.foundInText).toEqual([
      { code: "bleeding", label: "Bleeding risk", field: "medications", words: "Eliquis", why: 'medications: "Eliquis" (anticoagulant)' },
    ]);
  });

  test("a text finding unticked with a reason is not applied, and the reason is kept; a ticked one stays", () => {
    const dismissed = [{ code: "bleeding", reason: "Eliquis stopped last month" }];
    const screen = screenSafety({ rules, findings: [], medications: "Eliquis", dismissed });
    expect(screen.outcome).toBe("clear");
    expect(screen.dismissed).toEqual([
      { code: "bleeding", label: "Bleeding risk", reason: "Eliquis stopped last month", words: ["Eliquis"] },
    ]);
    expect(screenSafety({ rules, findings: ["bleeding"], medications: "Eliquis", dismissed }).outcome).toBe("precautions");
  });

  test("a negation stops at 'but': 'no fever but takes warfarin' still finds the bleeding risk, and not the fever", () => {
    const screen = screenSafety({ rules, findings: [], complaint: "low back pain, no fever but takes warfarin daily" });
    expect(codes(screen.foundInText)).toEqual(["bleeding"]);
    expect(screen.foundInText[0]?.words).toBe("warfarin");
  });

  test("a curated rule reusing an emergency's code cannot turn the stop into a box the clinician may untick", () => {
    const softened = {
      code: "acute-chest-pain",
      label: "Chest wall soreness",
      finding: "Chest wall soreness",
      severity: "local" as const,
      severityNote: null,
      guidance: "Avoid the sore area.",
      source: "a curator's mistake",
      retired: false,
      triggers: [{ label: "chest pain", phrases: ["chest pain"], requiresAll: [], unless: [], notFollowedBy: [] }],
    };
    const screen = screenSafety({
      rules: [...rules, softened],
      findings: [],
      complaint: "chest pain since this morning",
      dismissed: [{ code: "acute-chest-pain", reason: "musculoskeletal" }],
    });
    expect(screen.outcome).toBe("emergency");
    expect(screen.foundInText).toEqual([]);
    expect(screen.dismissed).toEqual([]);
    expect(screen.deferred.map((d) => d.label)).toEqual(["Emergency red flag: chest pain (possible acute coronary syndrome)"]);
    expect(screen.deferred[0]?.guidance.startsWith(EMERGENCY_ASSESSMENT)).toBe(true);
  });

  test("an emergency found in the text cannot be dismissed", () => {
    const screen = screenSafety({
      rules,
      findings: [],
      complaint: "back pain with urinary retention",
      dismissed: [{ code: "cauda-equina", reason: "chronic" }],
    });
    expect(screen.outcome).toBe("emergency");
  });
});

describe("the intake's leaf list of built-in emergency codes", () => {
  test("is exactly the engine's built-in stops, so the schema refuses a dismissal of each one", () => {
    expect([...BUILT_IN_EMERGENCY_CODES].sort()).toEqual([...BUILT_IN_CODES].sort());
  });
});

describe("each rule's patient words reach the finding (the patient copy reads them from there)", () => {
  test("every seeded rule and every built-in stop has patient words, apart from its therapist instruction", () => {
    for (const rule of [...rules, ...BUILT_IN_RULES]) {
      expect({ code: rule.code, patientText: rule.patientText ?? null }).toEqual({
        code: rule.code,
        patientText: expect.stringMatching(/\w/),
      });
      expect(rule.patientText).not.toBe(rule.guidance);
    }
  });
  test("a trigger's own patient words replace the rule's when that trigger decides the finding (treated DVT)", () => {
    const treated = screenSafety({ rules, findings: [], complaint: "knee OA", notes: "DVT left calf, on apixaban since last month" });
    const dvt = treated.areasToAvoid.find((i) => i.code === "dvt");
    expect(dvt?.patientText).toMatch(/will not massage that arm or leg/);
    const suspected = screenSafety({ rules, findings: [], complaint: "knee OA", notes: "suspected DVT left calf" });
    expect(suspected.deferred.find((i) => i.code === "dvt")?.patientText).toMatch(/has to wait/);
  });
});
