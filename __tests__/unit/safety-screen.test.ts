import { seedEvidence } from "@/prisma/evidence/evidence-seed";
import { screenSafety, safetyLine, URGENT_ASSESSMENT } from "@/lib/domain/referral/safety-screen";
import type { ComplaintFacts, RedFlag } from "@/lib/domain/matcher/types";

const rules = seedEvidence.safetyRules;
const codes = (items: { code: string }[]) => items.map((i) => i.code);

function flag(code: RedFlag["code"], urgency: RedFlag["urgency"], text: string, label = text): RedFlag {
  return { code, urgency, label, span: { start: 0, end: text.length, text, why: "red flag" } };
}

function facts(redFlags: RedFlag[]): ComplaintFacts {
  return { duration: null, side: null, negated: [], historical: [], family: [], hypothetical: [], redFlags };
}

describe("screenSafety", () => {
  test("nothing ticked, nothing found: clear", () => {
    const screen = screenSafety({ rules, findings: [] });
    expect(screen).toEqual({ deferred: [], areasToAvoid: [], techniqueChanges: [], precautions: [], blocked: false });
  });

  test("defer severity (DVT) blocks and says what to do instead", () => {
    const screen = screenSafety({ rules, findings: ["dvt"] });
    expect(screen.blocked).toBe(true);
    expect(codes(screen.deferred)).toEqual(["dvt"]);
    expect(screen.deferred[0]?.guidance).toMatch(/Do not refer until DVT excluded/);
    expect(screen.deferred[0]?.source).toMatch(/Mayo Clinic/);
    expect(screen.deferred[0]?.triggers).toEqual(["ticked on the intake form"]);
    expect(screen.precautions[0]).toMatch(/^Do not refer now — Deep vein thrombosis/);
  });

  test("fever or infection defers", () => {
    expect(codes(screenSafety({ rules, findings: ["fever-infection"] }).deferred)).toEqual(["fever-infection"]);
  });

  test("local severity lists areas to avoid without blocking", () => {
    const screen = screenSafety({ rules, findings: ["skin", "recent-surgery"] });
    expect(screen.blocked).toBe(false);
    expect(codes(screen.areasToAvoid)).toEqual(["skin", "recent-surgery"]);
    expect(screen.areasToAvoid[1]?.guidance).toMatch(/surgical site for at least 6 weeks/);
    expect(screen.techniqueChanges).toEqual([]);
  });

  test("modify severity: anticoagulants / bleeding risk means no deep or forceful pressure", () => {
    const screen = screenSafety({ rules, findings: ["bleeding"] });
    expect(screen.blocked).toBe(false);
    expect(codes(screen.techniqueChanges)).toEqual(["bleeding"]);
    expect(screen.techniqueChanges[0]?.guidance).toBe("No deep or forceful pressure.");
    expect(screen.precautions).toEqual(["Change technique — Bleeding risk: No deep or forceful pressure (source: Mayo Clinic)"]);
  });

  test("cancer modifies: light pressure, physician approval, oncology-trained therapist", () => {
    const screen = screenSafety({ rules, findings: ["cancer"] });
    expect(screen.blocked).toBe(false);
    expect(screen.techniqueChanges[0]?.guidance).toMatch(/Light pressure.*physician approval.*oncology-trained/);
  });

  test("a rule implied by the matched condition applies with its reason", () => {
    const screen = screenSafety({ rules, findings: [], implied: [{ code: "cancer", why: "complaint matched cancer" }] });
    expect(screen.techniqueChanges[0]?.triggers).toEqual(["complaint matched cancer"]);
  });

  test("pregnancy applies the pregnancy rule even when its box was not ticked", () => {
    const screen = screenSafety({ rules, findings: [], pregnant: true, pregnancyWeeks: 24 });
    expect(codes(screen.techniqueChanges)).toEqual(["pregnancy"]);
    expect(screen.techniqueChanges[0]?.triggers).toEqual(["patient is pregnant (24 weeks)"]);
    expect(screen.techniqueChanges[0]?.guidance).toMatch(/Prenatal-trained therapist, side-lying/);
    // Ticked as well: still one item, two reasons.
    const both = screenSafety({ rules, findings: ["pregnancy"], pregnant: true, pregnancyWeeks: 24 });
    expect(both.techniqueChanges).toHaveLength(1);
    expect(both.techniqueChanges[0]?.triggers).toHaveLength(2);
  });

  test("not pregnant: the pregnancy rule does not apply", () => {
    expect(screenSafety({ rules, findings: [], pregnant: false, pregnancyWeeks: 24 }).techniqueChanges).toEqual([]);
  });

  test("fracture defers and carries its severity note", () => {
    const screen = screenSafety({ rules, findings: ["fracture"] });
    expect(screen.deferred[0]?.severityNote).toMatch(/fracture site/);
    expect(screen.precautions[0]).toMatch(/\[Defer at the fracture site; modify for weakened bone\]/);
  });

  test("several findings: defer first, then modify, then local; each once", () => {
    const screen = screenSafety({ rules, findings: ["skin", "bleeding", "dvt", "lymphedema", "dvt"] });
    expect(codes(screen.deferred)).toEqual(["dvt"]);
    expect(codes(screen.techniqueChanges)).toEqual(["bleeding", "lymphedema"]);
    expect(codes(screen.areasToAvoid)).toEqual(["skin"]);
    expect(screen.precautions).toHaveLength(4);
    expect(screen.precautions[0]).toMatch(/^Do not refer now/);
    expect(screen.precautions[3]).toMatch(/^Avoid the area/);
  });

  test("emergency red flags from the matcher defer via neuro-red-flags: urgent assessment instead of referral", () => {
    const screen = screenSafety({
      rules,
      findings: [],
      complaintFacts: facts([flag("cauda-equina", "emergency", "saddle numbness", "Cauda equina signs")]),
    });
    expect(screen.blocked).toBe(true);
    expect(codes(screen.deferred)).toEqual(["neuro-red-flags"]);
    expect(screen.deferred[0]?.guidance).toMatch(/urgent medical assessment instead of referral/i);
    expect(screen.deferred[0]?.triggers[0]).toContain("saddle numbness");
  });

  test("thunderclap headache defers", () => {
    const screen = screenSafety({ rules, findings: [], redFlags: [flag("thunderclap-headache", "emergency", "worst headache of my life")] });
    expect(screen.blocked).toBe(true);
  });

  test("rhabdomyolysis (no curated rule) defers with the built-in urgent-assessment stop", () => {
    const screen = screenSafety({ rules, findings: [], redFlags: [flag("rhabdomyolysis", "emergency", "dark urine", "Possible rhabdomyolysis")] });
    expect(screen.blocked).toBe(true);
    expect(codes(screen.deferred)).toEqual(["red-flag-rhabdomyolysis"]);
    expect(screen.deferred[0]?.guidance.startsWith(URGENT_ASSESSMENT)).toBe(true);
  });

  test("an emergency still defers when the neuro-red-flags rule has been retired", () => {
    const retired = rules.map((r) => (r.code === "neuro-red-flags" ? { ...r, retired: true } : r));
    const screen = screenSafety({ rules: retired, findings: [], redFlags: [flag("cauda-equina", "emergency", "saddle anaesthesia")] });
    expect(codes(screen.deferred)).toEqual(["red-flag-cauda-equina"]);
  });

  test("the same red flag passed twice (redFlags and facts) counts once", () => {
    const f = flag("rhabdomyolysis", "emergency", "dark urine");
    const screen = screenSafety({ rules, findings: [], redFlags: [f], complaintFacts: facts([f]) });
    expect(screen.deferred).toHaveLength(1);
    expect(screen.deferred[0]?.triggers).toHaveLength(1);
  });

  test("fever in the complaint applies the fever rule", () => {
    const screen = screenSafety({ rules, findings: [], redFlags: [flag("fever", "urgent", "febrile", "Fever")] });
    expect(codes(screen.deferred)).toEqual(["fever-infection"]);
  });

  test("a cautionary red flag without a rule adds a precaution but does not block", () => {
    const screen = screenSafety({ rules, findings: [], redFlags: [flag("trauma", "caution", "fell off a ladder", "Recent trauma")] });
    expect(screen.blocked).toBe(false);
    expect(screen.precautions).toEqual(['Red flag in the complaint: Recent trauma ("fell off a ladder"). Exclude it before massage.']);
  });

  test("retired rules are ignored, and unknown codes too", () => {
    const retired = rules.map((r) => (r.code === "dvt" ? { ...r, retired: true } : r));
    const screen = screenSafety({ rules: retired, findings: ["dvt", "no-such-rule"] });
    expect(screen.blocked).toBe(false);
    expect(screen.deferred).toEqual([]);
    expect(screen.precautions).toEqual([]);
  });

  test("safetyLine names severity, guidance and source", () => {
    const screen = screenSafety({ rules, findings: ["lymphedema"] });
    const item = screen.techniqueChanges[0];
    expect(item && safetyLine(item)).toBe(
      "Change technique — Lymphedema: Pressure limits on the affected limb, lifelong (source: Walton (massagemag))",
    );
  });
});
