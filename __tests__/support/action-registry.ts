/**
 * Every server action of lib/actions, found by reading the folder (files that start with "use server"),
 * plus a table of who may call each one and a valid-looking argument list for it. A new action that is
 * not in the table fails the authz and fuzz tests until someone says which role it needs.
 */
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { getCurrentEvidence } from "@/lib/data/evidence";
import { appendEvidenceVersion } from "@/lib/data/evidence-store";
import { db } from "@/lib/db/client";
import { conditionToForm, recommendationToForm, safetyRuleToForm, studyToForm } from "@/lib/schemas/evidence-edit";
import type { EvidenceSnapshot } from "@/lib/schemas/evidence";
import { TEST_PASSWORD } from "./db-fixtures";
import type { LoopContext } from "./loop-fixtures";
import { intakeInput } from "./intake-fixtures";
import { intakeFingerprint, type FingerprintInput } from "@/lib/domain/referral/intake-fingerprint";

export type ServerAction = (...args: unknown[]) => Promise<unknown>;

const ACTIONS_DIR = path.join(process.cwd(), "lib", "actions");

/** name → function, for every export of every "use server" module (such modules export only actions). */
export async function discoverServerActions(): Promise<Map<string, ServerAction>> {
  const found = new Map<string, ServerAction>();
  for (const file of readdirSync(ACTIONS_DIR)
    .filter((f) => f.endsWith(".ts"))
    .sort()) {
    const full = path.join(ACTIONS_DIR, file);
    if (!/^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*["']use server["']/.test(readFileSync(full, "utf8"))) continue;
    const mod = (await import(full)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === "function") found.set(name, value as ServerAction);
    }
  }
  return found;
}

/**
 * session = every signed-in user, even one who must change their password; user: clinician or admin;
 * clinician / admin: that role only (the other role gets a 404).
 */
export type ActionRole = "session" | "user" | "clinician" | "admin" | "therapist";

export interface ActionContext {
  /** A referral owned by the caller's victim (IDOR) or by the caller (control runs). */
  referralId: string;
  /** An account the admin actions act on. */
  targetUserId: string;
  evidence: EvidenceSnapshot;
  /** An older evidence version whose content differs from the current one. */
  restoreVersionId: string;
  /** The closed loop (issue 16): a therapist of the caller's clinic, referrals sent to it in each state. */
  loop: LoopContext;
}

export interface ActionSpec {
  role: ActionRole;
  /** Arguments that pass validation for a caller of the right role. */
  args: (ctx: ActionContext) => unknown[];
  /**
   * The test file that runs this action's successful call, for actions whose valid input cannot be
   * written down ahead (a time-based code, another session's id). The refusal runs here (no session,
   * roles, fuzz) still apply to them; the control and response runs skip them.
   */
  successCoveredBy?: string;
}

const knee = (e: EvidenceSnapshot) => e.content.conditions.find((c) => c.slug === "knee-osteoarthritis") ?? null;
const firstOf = <T>(items: readonly T[], what: string): T => {
  const [item] = items;
  if (item === undefined) throw new Error(`the seeded evidence has no ${what}`);
  return item;
};
const edit = (e: EvidenceSnapshot, originalKey: string) => ({ baseVersionId: e.versionId, originalKey, reason: "Authorization test edit" });

export const referralSaveInput = (overrides: Record<string, unknown> = {}) => {
  const input = {
    idempotencyKey: randomUUID(),
    intake: intakeInput(),
    conditionSlug: "knee-osteoarthritis",
    finalDose: { minutesPerSession: 60, sessionsPerWeek: 1, weeks: 8, totalSessions: 8 },
    status: "final",
    ...overrides,
  };
  // As the form sends it: the fingerprint Suggest returned for this very intake.
  return { suggestedFor: intakeFingerprint(input.intake as FingerprintInput), ...input };
};

export const actionSpecs: Record<string, ActionSpec> = {
  changePasswordAction: {
    role: "session",
    args: () => [
      { currentPassword: TEST_PASSWORD, newPassword: "a brand new passphrase 42", confirmPassword: "a brand new passphrase 42" },
    ],
  },
  confirmTwoStepAction: {
    role: "session",
    args: () => [{ code: "123456", password: TEST_PASSWORD }],
    successCoveredBy: "two-step-sign-in.test.ts",
  },
  endOtherOwnSessionsAction: { role: "user", args: () => [] },
  endOwnSessionAction: { role: "user", args: () => [{ sessionId: "cmnosession0000" }], successCoveredBy: "user-sessions.test.ts" },
  newRecoveryCodesAction: { role: "user", args: () => [{ password: TEST_PASSWORD }], successCoveredBy: "two-step-sign-in.test.ts" },
  resetUserTwoStepAction: { role: "admin", args: (c) => [{ userId: c.targetUserId, adminPassword: TEST_PASSWORD }] },
  setTwoStepPolicyAction: { role: "admin", args: () => [{ policy: "optional", adminPassword: TEST_PASSWORD }] },
  verifySecondFactorAction: { role: "session", args: () => [{ code: "123456" }], successCoveredBy: "two-step-sign-in.test.ts" },
  changeReferralStatusAction: { role: "clinician", args: (c) => [{ id: c.referralId, to: "cancelled", note: "moved away" }] },
  createReferralAction: { role: "clinician", args: () => [referralSaveInput()] },
  createUserAction: {
    role: "admin",
    args: () => [
      {
        name: "New Person",
        credentials: "RN",
        email: `new-${randomUUID()}@clinic.test`,
        role: "CLINICIAN",
        clinicName: "",
        phone: "",
        password: "initial passphrase for them",
      },
    ],
  },
  discardIntakeDraftAction: { role: "clinician", args: () => [{ id: "cmnodraft000" }] },
  duplicateReferralAction: { role: "clinician", args: (c) => [{ id: c.referralId }] },
  endUserSessionsAction: { role: "admin", args: (c) => [{ userId: c.targetUserId }] },
  listReferralsAction: { role: "user", args: () => [{ query: "", status: "all", pageSize: 20 }] },
  screenIntakeTextAction: {
    role: "clinician",
    args: () => [{ complaint: "knee pain", medications: "apixaban 5 mg", notes: "", dateOfBirth: "1960-01-01" }],
  },
  sealReferralSearchAction: { role: "user", args: () => [{ query: "Lopez" }] },
  resetUserPasswordAction: { role: "admin", args: (c) => [{ userId: c.targetUserId, password: "temporary passphrase 7" }] },
  restoreEvidenceVersionAction: {
    role: "admin",
    args: (c) => [{ baseVersionId: c.evidence.versionId, versionId: c.restoreVersionId, reason: "Authorization test restore" }],
  },
  saveConditionAction: {
    role: "admin",
    args: (c) => [
      { ...edit(c.evidence, "knee-osteoarthritis"), entity: { ...conditionToForm(knee(c.evidence)), description: "Edited description" } },
    ],
  },
  saveTherapistAction: {
    role: "admin",
    args: () => [
      {
        name: "Terry Test",
        practice: "Test Practice",
        address: "",
        phone: "",
        email: `therapist-${randomUUID()}@clinic.test`,
        licence: "LMT",
        training: ["oncology"],
        languages: "English",
        acceptingNewPatients: true,
        active: true,
      },
    ],
  },
  sendReferralToTherapistAction: {
    role: "clinician",
    args: (c) => [{ referralId: c.loop.sendableReferralId, therapistId: c.loop.therapistId }],
  },
  acknowledgeAdverseEventAction: { role: "clinician", args: (c) => [{ id: c.loop.adverseEventId }] },
  respondToReferralAction: {
    role: "therapist",
    args: (c) => [{ dispatchId: c.loop.dispatch.sent, answer: "decline", reason: "No openings this month" }],
  },
  logTherapySessionAction: {
    role: "therapist",
    args: (c) => [
      {
        dispatchId: c.loop.dispatch.accepted,
        idempotencyKey: randomUUID(),
        sessionDate: "2026-12-02",
        minutes: 60,
        techniques: ["Swedish"],
        areas: ["knee"],
        pressure: "moderate",
        tolerance: "well",
        notes: "",
        adverseEvent: null,
      },
    ],
  },
  recordOutcomeScoresAction: {
    role: "therapist",
    args: (c) => [
      {
        dispatchId: c.loop.dispatch.accepted,
        idempotencyKey: randomUUID(),
        sessionId: null,
        timepoint: "first",
        recordedOn: "2026-12-02",
        pain: 6,
        pegPain: 6,
        pegEnjoyment: 5,
        pegActivity: 5,
        pgic: null,
      },
    ],
  },
  dischargeCourseAction: {
    role: "therapist",
    args: (c) => [{ dispatchId: c.loop.dispatch.inProgress, note: "Course completed as prescribed." }],
  },
  saveIntakeDraftAction: { role: "clinician", args: () => [{ id: null, intake: { patientName: "Typing", complaint: "knee" } }] },
  saveRecommendationAction: {
    role: "admin",
    args: (c) => {
      const rec = firstOf(c.evidence.content.recommendations, "recommendation");
      return [{ ...edit(c.evidence, rec.id), entity: { ...recommendationToForm(rec), rationale: "Edited rationale" } }];
    },
  },
  saveSafetyRuleAction: {
    role: "admin",
    args: (c) => {
      const rule = firstOf(c.evidence.content.safetyRules, "safety rule");
      return [{ ...edit(c.evidence, rule.code), entity: { ...safetyRuleToForm(rule), guidance: "Edited guidance" } }];
    },
  },
  saveStudyAction: {
    role: "admin",
    args: (c) => {
      const study = firstOf(c.evidence.content.studies, "study");
      return [{ ...edit(c.evidence, study.id), entity: { ...studyToForm(study), population: "Edited population" } }];
    },
  },
  setUserActiveAction: { role: "admin", args: (c) => [{ userId: c.targetUserId, active: false }] },
  suggestForConditionAction: { role: "clinician", args: () => [{ intake: intakeInput(), conditionSlug: "knee-osteoarthritis" }] },
  suggestReferralAction: { role: "clinician", args: () => [intakeInput()] },
  touchSessionAction: { role: "session", args: () => [] },
};

export async function currentEvidence(): Promise<EvidenceSnapshot> {
  const evidence = await getCurrentEvidence();
  if (!evidence) throw new Error("seed the evidence first (seedEvidenceForTest)");
  return evidence;
}

/**
 * Publishes a version whose first study reads differently and returns the version before it, so that
 * restoring that one is a real change (restoring the current content is refused as "nothing changed").
 */
export async function addEvidenceHistory(): Promise<string> {
  const before = await currentEvidence();
  const [study, ...rest] = before.content.studies;
  if (!study) throw new Error("the seeded evidence has no study");
  const content = { ...before.content, studies: [{ ...study, population: `${study.population} (revised)` }, ...rest] };
  await appendEvidenceVersion(db, { content, reason: "Test history", source: "admin", createdById: null, changes: ["test"] });
  return before.versionId;
}

/** The spec of a discovered action; throws (failing the test) for an action nobody classified. */
export function specFor(name: string): ActionSpec {
  const spec = actionSpecs[name];
  if (!spec) throw new Error(`${name} is a server action missing from __tests__/support/action-registry.ts: add its role and arguments`);
  return spec;
}
