/**
 * Rule codes the intake form needs in the browser. A leaf module on purpose: importing them from the
 * engine pulled the whole safety engine (rules, lexicon, text scanning) into /intake's first-load JS.
 */
export const CHILD_RULE = "child";
export const PREGNANCY_RULE = "pregnancy";
