import { rankTherapists, requiredTrainings, trainingNeeds } from "@/lib/domain/referral-loop/training";

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

describe("a referral that requires a prenatal-trained therapist", () => {
  it("is required only when the patient is pregnant AND the kept modalities need prenatal training", () => {
    expect(requiredTrainings({ pregnant: true, prenatalTrainedTherapist: true }).map((r) => r.training)).toEqual(["prenatal"]);
    expect(requiredTrainings({ pregnant: true, prenatalTrainedTherapist: false })).toEqual([]);
    // Read defensively: intakes stored before the field existed have none.
    expect(requiredTrainings({ pregnant: true })).toEqual([]);
    // A stale flag on a patient no longer recorded as pregnant requires nothing.
    expect(requiredTrainings({ pregnant: false, prenatalTrainedTherapist: true })).toEqual([]);
  });

  it("marks a therapist without prenatal training unavailable, with the reason, and orders them last", () => {
    const required = requiredTrainings({ pregnant: true, prenatalTrainedTherapist: true });
    const ranked = rankTherapists(
      [t("a", ["oncology", "lymphedema"]), t("b", ["prenatal"], false), t("c", ["prenatal", "oncology"])],
      trainingNeeds(["pregnancy", "cancer", "lymphedema"]),
      required,
    );
    // "a" meets two needs but cannot take the referral: the two who can come first.
    expect(ranked.map((r) => r.therapist.id)).toEqual(["c", "b", "a"]);
    expect(ranked.map((r) => r.unavailable === null)).toEqual([true, true, false]);
    expect(ranked[2]?.unavailable).toBe(
      "Not prenatal-trained: this pregnant patient's referral keeps modalities that need a prenatal-trained therapist",
    );
  });

  it("blocks nobody when nothing is required, even in pregnancy (prenatal training then only ranks first)", () => {
    const ranked = rankTherapists([t("a", []), t("b", ["prenatal"])], trainingNeeds(["pregnancy"]), []);
    expect(ranked.map((r) => r.therapist.id)).toEqual(["b", "a"]);
    expect(ranked.every((r) => r.unavailable === null)).toBe(true);
  });
});

describe("lymphedema risk", () => {
  it("lymph-node removal (the lymphedema rule) ranks the lymphedema-trained therapist first with the reason", () => {
    const ranked = rankTherapists([t("a", ["sports"]), t("b", ["lymphedema"])], trainingNeeds(["lymphedema"]));
    expect(ranked[0]?.therapist.id).toBe("b");
    expect(ranked[0]?.reason).toBe("Lymphedema (manual lymphatic drainage) training: lymphedema");
  });
});
