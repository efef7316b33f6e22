import { seedEvidence } from "@/prisma/evidence/evidence-seed";
import { formatCitationAma } from "@/lib/domain/evidence/citation";
import { doseBasisOf } from "@/lib/domain/evidence/dose-status";
import { evidenceContentSchema, type Recommendation, type Study } from "@/lib/schemas/evidence";

/**
 * Every correction of the clinical review of 2026-12-01 (shared/evidence/reference.md, last section),
 * pinned item by item, so undoing any of them fails a test. docs/evidence.md lists them with their tests.
 */

const study = (id: string): Study => {
  const s = seedEvidence.studies.find((x) => x.id === id);
  if (!s) throw new Error(`no study ${id}`);
  return s;
};
const rec = (slug: string): Recommendation => {
  const r = seedEvidence.recommendations.find((x) => x.conditionSlug === slug && !x.retired);
  if (!r) throw new Error(`no recommendation for ${slug}`);
  return r;
};
const noFigures = (r: Recommendation) => [r.minutesPerSession, r.sessionsPerWeek, r.weeks, r.totalSessions].every((x) => x === null);

describe("clinical review 2026-12-01: corrections to the seed", () => {
  test("tension-type headache: dose not established, Quinn's regimen named as studied, Moraska 2015 shown as conflicting", () => {
    const r = rec("tension-type-headache");
    expect(r.doseStatus).toBe("not-established");
    expect(noFigures(r)).toBe(true);
    expect(r.regimenStudied).toContain("30 min twice weekly for 4 weeks (Quinn 2002");
    const conflicting = r.guidance.find((g) => g.kind === "conflicting");
    expect(conflicting?.studyId).toBe("moraska-2015");
    expect(conflicting?.text).toMatch(/placebo/);
    expect(study("moraska-2015")).toMatchObject({
      n: 56,
      doi: "10.1097/AJP.0000000000000091",
      pmid: "25329141",
      volume: "31",
      issue: "2",
      pages: "159-168",
    });
    expect(study("moraska-2015").outcomes).toContain("P<0.0003");
    expect(study("moraska-2015").outcomes).toContain("P=0.002");
    expect(study("moraska-2008-headache").outcomes).toContain("4.7 to 3.7 episodes a week");
  });

  test("exercise soreness: Guo 2017 added and the dose is not established", () => {
    const r = rec("exercise-muscle-soreness");
    expect(r.doseStatus).toBe("not-established");
    expect(noFigures(r)).toBe(true);
    expect(r.studyIds).toContain("guo-2017");
    expect(study("guo-2017")).toMatchObject({ doi: "10.3389/fphys.2017.00747", n: 504, volume: "8", pages: "747" });
    for (const figure of ["-0.61 (-1.17 to -0.05)", "-1.51 (-2.24 to -0.77)", "-1.46 (-2.59 to -0.33)", "-1.16 (-1.60 to -0.72)"]) {
      expect(study("guo-2017").outcomes).toContain(figure);
    }
  });

  test("fibromyalgia: certainty very low and the Brattberg flag rides on the dose itself", () => {
    const r = rec("fibromyalgia");
    expect(r.certainty).toBe("very low");
    expect(r.doseStudyIds).toEqual(["brattberg-1999"]);
    const basis = doseBasisOf(r, seedEvidence.studies);
    expect(basis.unverified).toBe(true);
    expect(basis.unverifiedText).toMatch(/not checked against the study \(Brattberg 1999\)/);
    expect(study("brattberg-1999").verified).toBe(false);
  });

  test("low back pain: ACP grade, Qaseem and Furlan DOIs, Cherkin's 52 weeks and MIDs", () => {
    expect(study("qaseem-2017").doi).toBe("10.7326/M16-2367");
    expect(study("qaseem-2017").outcomes).toMatch(/strong recommendation/);
    expect(study("furlan-2015").doi).toBe("10.1002/14651858.CD001929.pub3");
    expect(formatCitationAma(study("furlan-2015"))).toContain("doi:10.1002/14651858.CD001929.pub3");
    const cherkin = study("cherkin-2011");
    expect(cherkin.followUp).toBe("52 weeks");
    expect(cherkin.outcomes).toMatch(/At 52 weeks only relaxation massage's benefit on function persisted, and it was small/);
    const rows = rec("chronic-low-back-pain").outcomeRows.filter((o) => o.studyIds.includes("cherkin-2011"));
    expect(rows.map((o) => o.mid)).toEqual([
      ">= 2 RDQ points (the trial's threshold)",
      ">= 1.5 points (the trial's threshold)",
      ">= 2 RDQ points; >= 1.5 bothersomeness points",
    ]);
    // Which results reached the MID: structural massage's bothersomeness (1.4) did not.
    expect(rows[1]?.effect).toMatch(/structural 1\.4 lower .*below the MID/);
  });

  test("Ernst 2003 carries its full citation", () => {
    expect(formatCitationAma(study("ernst-2003"))).toBe(
      "Ernst E. The safety of massage therapy. Rheumatology (Oxford). 2003;42(9):1101-1106. doi:10.1093/rheumatology/keg306",
    );
  });

  test("CPT follows the modality: connective tissue massage is 97140, massage 97124", () => {
    for (const r of seedEvidence.recommendations) {
      expect(r.cptCode).toBe(/connective tissue|myofascial/i.test(r.modality) ? "97140" : "97124");
    }
    expect(rec("fibromyalgia").cptCode).toBe("97140");
  });

  test("dose status is recorded for every recommendation; established only where a dose-finding trial compared doses", () => {
    const established = seedEvidence.recommendations
      .filter((r) => r.doseStatus === "established")
      .map((r) => [r.conditionSlug, r.doseStudyIds]);
    expect(established).toEqual([
      ["knee-osteoarthritis", ["perlman-2012"]],
      ["chronic-neck-pain", ["sherman-2014"]],
    ]);
    for (const r of seedEvidence.recommendations) if (r.doseStatus === "not-established") expect(noFigures(r)).toBe(true);
  });

  test("conflicting or qualifying guidance is recorded where the review names it", () => {
    expect(rec("knee-osteoarthritis").guidance[0]?.source).toMatch(/AAOS 2021/);
    expect(rec("chronic-low-back-pain").guidance.map((g) => g.source)).toEqual(
      expect.arrayContaining([expect.stringMatching(/NICE NG59/)]),
    );
    expect(rec("chronic-neck-pain").guidance[0]?.studyId).toBe("cook-2015");
    expect(study("cook-2015").outcomes).toContain("RR 1.56 (1.08-2.25)");
    expect(rec("fibromyalgia").guidance[0]?.studyId).toBe("macfarlane-2017");
    expect(rec("tension-type-headache").guidance[0]?.studyId).toBe("moraska-2015");
  });

  test("every recommendation has outcome rows with a harms row, and every condition a review date", () => {
    for (const r of seedEvidence.recommendations) {
      expect(r.outcomeRows.filter((o) => o.kind === "benefit").length).toBeGreaterThan(0);
      expect(r.outcomeRows.some((o) => o.kind === "harm" && o.studyIds.includes("ernst-2003"))).toBe(true);
      for (const o of r.outcomeRows) for (const id of o.studyIds) expect(r.studyIds).toContain(id);
    }
    expect(rec("chronic-low-back-pain").outcomeRows.some((o) => o.kind === "harm" && o.studyIds.includes("furlan-2015"))).toBe(true);
    for (const c of seedEvidence.conditions) expect(c.lastReviewed).toBe("2026-12-01");
  });

  test("every study the review or MassageRx added names where its abstract was read", () => {
    const added = [
      "moraska-2015",
      "moraska-2008-headache",
      "guo-2017",
      "cook-2015",
      "macfarlane-2017",
      "van-den-dolder-2015",
      "van-den-dolder-2010",
      "saban-2014",
      "ernst-2003",
    ];
    for (const id of added) expect(study(id).abstractSource).toMatch(/^https?:\/\//);
  });

  test("an older evidence version without the new fields still parses, with honest defaults", () => {
    const old = JSON.parse(JSON.stringify(seedEvidence)) as {
      conditions: Record<string, unknown>[];
      studies: Record<string, unknown>[];
      recommendations: Record<string, unknown>[];
    };
    for (const c of old.conditions) delete c.lastReviewed;
    for (const s of old.studies) delete s.abstractSource;
    for (const r of old.recommendations) {
      for (const k of ["doseStatus", "regimenStudied", "doseStudyIds", "cptCode", "guidance", "outcomeRows"]) delete r[k];
    }
    const parsed = evidenceContentSchema.parse(old);
    expect(parsed.recommendations[0]).toMatchObject({
      doseStatus: "studied",
      doseStudyIds: [],
      guidance: [],
      outcomeRows: [],
      cptCode: "97124",
    });
    expect(parsed.conditions[0]?.lastReviewed).toBeNull();
  });
});
