import type { SafetyRule } from "../../lib/schemas/safety-rule";
import { bleedingRules } from "./safety-rules/bleeding";
import { boneRules } from "./safety-rules/bone";
import { cancerRules } from "./safety-rules/cancer";
import { cardiovascularRules } from "./safety-rules/cardiovascular";
import { localAndTechniqueRules } from "./safety-rules/local-and-technique";
import { neurologicalRules } from "./safety-rules/neurological";
import { pregnancyRules } from "./safety-rules/pregnancy";
import { skinSurgeryRules } from "./safety-rules/skin-surgery";
import { thrombosisInfectionRules } from "./safety-rules/thrombosis-infection";

/**
 * The curated safety rules of the evidence base: the reference's safety table (shared/evidence/
 * reference.md) as corrected by its clinical review of 2026-12-01 ("Safety sources"), plus the rules that
 * review found missing. Each rule names its source; where the severity is MassageRx's own rating rather
 * than a source's, the source says so. Seeded as part of the evidence document, so each change becomes a
 * new evidence version with its diff, and admins curate the rules from there. The emergency stops are
 * NOT here: they are built into lib/domain/safety/built-in-rules.ts and cannot be curated.
 *
 * One file per rule family in ./safety-rules/ (words shared by several rules: ./safety-lexicon.ts). The
 * order below is the checklist's order on the intake form and part of the seeded evidence document: a
 * change of order is a change of the evidence.
 */
export const SAFETY_RULES_RELEASE = "Safety screen v2 (clinical review 2026-12-01)";

export const safetyRules: SafetyRule[] = [
  ...thrombosisInfectionRules,
  ...boneRules,
  ...bleedingRules,
  ...skinSurgeryRules,
  ...cancerRules,
  ...pregnancyRules,
  ...neurologicalRules,
  ...cardiovascularRules,
  ...localAndTechniqueRules,
];
