/**
 * Rule codes the intake form and the shared intake schema need in the browser. A leaf module on purpose:
 * importing them from the engine pulled the whole safety engine (rules, lexicon, text scanning) into
 * /intake's first-load JS.
 */
export const CHILD_RULE = "child";
export const PREGNANCY_RULE = "pregnancy";

/**
 * The codes of the built-in emergency stops (lib/domain/safety/built-in-rules.ts; a unit test keeps the
 * two lists equal). The intake schema refuses a dismissal of any of them: an emergency red flag found in
 * the text can never be set aside from the form.
 */
export const BUILT_IN_EMERGENCY_CODES: readonly string[] = [
  "cauda-equina",
  "thunderclap-headache",
  "rhabdomyolysis",
  "acute-chest-pain",
  "stroke-signs",
  "pulmonary-embolism",
];
