import type { Condition, EvidenceContent, Recommendation, SafetyRule, Study } from "@/lib/schemas/evidence";

/**
 * Applying one admin edit to an evidence document. Pure: the caller loads the current version and
 * writes the result as a new version. Keys (slug, id, code) never change once created, because
 * referrals and other versions refer to items by key; retiring is how an item is taken out of use.
 */

export type EvidenceEdit =
  | { kind: "condition"; originalKey: string; entity: Condition }
  | { kind: "study"; originalKey: string; entity: Study }
  | { kind: "recommendation"; originalKey: string; entity: Recommendation }
  | { kind: "safetyRule"; originalKey: string; entity: SafetyRule };

/** field is the entity field to show the error on (the form prefixes "entity."). */
export type EditOutcome = { ok: true; content: EvidenceContent } | { ok: false; error: string; field?: string };

const KIND_NAMES: Record<EvidenceEdit["kind"], string> = {
  condition: "condition",
  study: "study",
  recommendation: "recommendation",
  safetyRule: "safety rule",
};

function upsert<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  keyField: string,
  kindName: string,
  originalKey: string,
  entity: T,
): { ok: true; items: T[] } | { ok: false; error: string; field?: string } {
  const key = keyOf(entity);
  if (originalKey === "") {
    if (items.some((item) => keyOf(item) === key)) {
      return { ok: false, error: `A ${kindName} with this key already exists`, field: keyField };
    }
    return { ok: true, items: [...items, entity] };
  }
  const index = items.findIndex((item) => keyOf(item) === originalKey);
  if (index < 0) return { ok: false, error: `This ${kindName} no longer exists in the current evidence` };
  if (key !== originalKey) {
    return { ok: false, error: "The key of an existing item can't change; retire it and create a new one", field: keyField };
  }
  return { ok: true, items: items.map((item, i) => (i === index ? entity : item)) };
}

function checkRecommendationRefs(content: EvidenceContent, rec: Recommendation): { error: string; field: string } | null {
  if (!content.conditions.some((c) => c.slug === rec.conditionSlug)) {
    return { error: "No condition with this slug", field: "conditionSlug" };
  }
  const known = new Set(content.studies.map((s) => s.id));
  const missing = rec.studyIds.filter((id) => !known.has(id));
  if (missing.length > 0) return { error: `Unknown study: ${missing.join(", ")}`, field: "studyIds" };
  return null;
}

/** Returns the document with the edit applied, or why it can't be. */
export function applyEvidenceEdit(content: EvidenceContent, edit: EvidenceEdit): EditOutcome {
  const name = KIND_NAMES[edit.kind];
  switch (edit.kind) {
    case "condition": {
      const r = upsert(content.conditions, (c) => c.slug, "slug", name, edit.originalKey, edit.entity);
      return r.ok ? { ok: true, content: { ...content, conditions: r.items } } : r;
    }
    case "study": {
      const r = upsert(content.studies, (s) => s.id, "id", name, edit.originalKey, edit.entity);
      return r.ok ? { ok: true, content: { ...content, studies: r.items } } : r;
    }
    case "recommendation": {
      const refError = checkRecommendationRefs(content, edit.entity);
      if (refError) return { ok: false, ...refError };
      const r = upsert(content.recommendations, (x) => x.id, "id", name, edit.originalKey, edit.entity);
      return r.ok ? { ok: true, content: { ...content, recommendations: r.items } } : r;
    }
    case "safetyRule": {
      // The admin form edits the wording and severity; the rule's text triggers and patient text are kept.
      const original = content.safetyRules.find((x) => x.code === edit.originalKey);
      const entity = original
        ? {
            ...edit.entity,
            triggers: edit.entity.triggers ?? original.triggers,
            patientText: edit.entity.patientText ?? original.patientText,
            trimesterGuidance: edit.entity.trimesterGuidance ?? original.trimesterGuidance,
          }
        : edit.entity;
      const r = upsert(content.safetyRules, (x) => x.code, "code", name, edit.originalKey, entity);
      return r.ok ? { ok: true, content: { ...content, safetyRules: r.items } } : r;
    }
  }
}
