import { rankTherapists, trainingNeeds } from "@/lib/domain/referral-loop/training";

const t = (id: string, training: string[], acceptingNewPatients = true) => ({
  id,
  name: `Therapist ${id}`,
  training,
  acceptingNewPatients,
});

describe("which training a referral's precautions call for", () => {
  it("active cancer and chemotherapy call for oncology massage, once, with both reasons", () => {
    expect(trainingNeeds(["cancer", "chemotherapy", "dvt"])).toEqual([
      { training: "oncology", because: ["active cancer", "chemotherapy"] },
    ]);
  });
  it("pregnancy calls for prenatal training; lymphedema for lymphatic drainage training", () => {
    expect(trainingNeeds(["pregnancy"])).toEqual([{ training: "prenatal", because: ["pregnancy"] }]);
    expect(trainingNeeds(["lymphedema"])).toEqual([{ training: "lymphedema", because: ["lymphedema"] }]);
  });
  it("a precaution no training addresses (varicose veins) calls for none", () => {
    expect(trainingNeeds(["varicose-veins", "injection-site"])).toEqual([]);
  });
});

describe("ordering therapists for a referral", () => {
  it("puts the oncology-trained therapist first for active cancer, with the reason", () => {
    const ranked = rankTherapists([t("a", ["sports"]), t("b", ["oncology"])], trainingNeeds(["cancer"]));
    expect(ranked.map((r) => r.therapist.id)).toEqual(["b", "a"]);
    expect(ranked[0]?.reason).toBe("Oncology massage training: active cancer");
    expect(ranked[1]?.reason).toBeNull();
    expect(ranked[1]?.gaps.map((g) => g.training)).toEqual(["oncology"]);
  });
  it("puts the prenatal-trained therapist first in pregnancy", () => {
    const ranked = rankTherapists([t("a", ["oncology"]), t("b", ["prenatal"])], trainingNeeds(["pregnancy"]));
    expect(ranked[0]?.therapist.id).toBe("b");
    expect(ranked[0]?.reason).toBe("Prenatal / pregnancy massage training: pregnancy");
  });
  it("meeting more needs ranks higher; then accepting new patients; then name", () => {
    const needs = trainingNeeds(["cancer", "lymphedema"]);
    const ranked = rankTherapists(
      [t("c", []), t("b", ["oncology"], false), t("a", ["oncology"]), t("d", ["oncology", "lymphedema"], false)],
      needs,
    );
    expect(ranked.map((r) => r.therapist.id)).toEqual(["d", "a", "b", "c"]);
  });
  it("drops nobody and, with no needs, orders by accepting new patients then name", () => {
    const ranked = rankTherapists([t("b", []), t("a", [], false), t("c", ["oncology"])], []);
    expect(ranked.map((r) => r.therapist.id)).toEqual(["b", "c", "a"]);
    expect(ranked.every((r) => r.reason === null)).toBe(true);
  });
});
