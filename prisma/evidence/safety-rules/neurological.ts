import type { SafetyRule } from "../../../lib/schemas/safety-rule";
import { words } from "./shared";
import { BACK_WORDS, WEIGHT_LOSS_EXPLAINED } from "../safety-lexicon";

/** Neurological red flags that defer (new, progressive or sudden deficits; not residual post-stroke weakness or dementia). */
export const neurologicalRules: SafetyRule[] = [
  {
    code: "neuro-red-flags",
    label: "Neurological red flags",
    finding: "New or progressive neurological deficit (weakness, numbness, foot drop), unexplained weight loss with back pain",
    severity: "defer",
    severityNote: null,
    guidance: "Urgent medical assessment instead of referral.",
    patientText: "Your clinician needs to check these symptoms before any massage.",
    source: "Clinical red flags (ACP 2017 context; NICE NG59)",
    retired: false,
    triggers: [
      // Weakness counts when new, progressive or worsening: a stable deficit (post-stroke residual weakness) does not.
      words("new or progressive deficit", [
        "(new|progressive|progressing|worsening|increasing|rapidly progressive) (weakness|numbness|foot drop|paralysis|neurological deficit|neuro deficit)",
        "(new|progressive|progressing|worsening|increasing) (arm|leg|legs|arms|limb|hand|foot|bilateral leg) (weakness|numbness)",
        "(weakness|numbness) (getting worse|worsening|progressing|spreading)",
        "(new|progressive) gait disturbance",
        "bilateral leg (weakness|numbness)",
        "new foot drop",
        "progressive neurological deficit",
      ]),
      // ACP 2017: unexplained weight loss is a red flag for malignancy in back pain. Explained (cancer, diet) it is not.
      words(
        "unexplained weight loss with back pain",
        [
          "(unexplained|unintentional|unintended|unexplained recent|significant) weight loss",
          "weight loss",
          "losing weight",
          "lost weight",
          "lost # (kg|kgs|lb|lbs|pounds|kilos)",
        ],
        {
          requiresAll: [BACK_WORDS],
          unless: WEIGHT_LOSS_EXPLAINED,
        },
      ),
    ],
  },
];
