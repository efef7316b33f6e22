import { textTrigger } from "../../../lib/schemas/safety-rule";

/** A text trigger with the defaults spelled out (lib/schemas/safety-rule.ts). */
export const words = textTrigger;

/** Said by every rule whose severity is MassageRx's own rating rather than a source's. */
export const CONSENSUS =
  "severity is a MassageRx rating from massage-pathology consensus (contraindication lists vary, Batavia 2004), not from a trial";
