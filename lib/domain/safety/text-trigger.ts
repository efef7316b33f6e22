import type { SafetyTrigger } from "@/lib/schemas/safety-rule";

/** A text trigger with the defaults spelled out, for rule data written in code (seed, built-in stops). */
export function textTrigger(label: string, phrases: string[], extra: Partial<SafetyTrigger> = {}): SafetyTrigger {
  return { label, phrases, requiresAll: [], unless: [], notFollowedBy: [], ...extra };
}
