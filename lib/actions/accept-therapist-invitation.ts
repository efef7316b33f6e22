"use server";

import { requestIp } from "@/lib/auth/current-user";
import { hashPassword } from "@/lib/auth/password";
import { passwordStrengthProblem } from "@/lib/auth/password-strength";
import { recordAudit } from "@/lib/data/audit";
import { acceptTherapistInvitation, getInvitationState } from "@/lib/data/therapist-invitations";
import { acceptInvitationSchema, INVITATION_REFUSALS } from "@/lib/schemas/invitation";
import { fail, fieldErrorsFrom, ok, type ActionResult } from "./action-result";

/**
 * The therapist opens the emailed link and chooses a password: the THERAPIST account is created and linked
 * to their directory entry. No session is required — the 256-bit single-use token is the credential, as a
 * password-reset link is — so step 1 of the action shape is the token check. The password policy is every
 * account's: length by the shared schema, then the same blocklist check as the account forms.
 */
export async function acceptTherapistInvitationAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  const parsed = acceptInvitationSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error.issues);
    return fieldErrors.token ? fail(INVITATION_REFUSALS.unknown) : fail("Check the highlighted fields", fieldErrors);
  }
  const { token, password } = parsed.data;
  const ip = await requestIp();
  const state = await getInvitationState(token);
  if (state.state === "valid") {
    const weak = passwordStrengthProblem(password, { name: state.name, email: state.email });
    if (weak) return fail("Check the highlighted fields", { password: [weak] });
  }
  const outcome = state.state === "valid" ? await acceptTherapistInvitation(token, await hashPassword(password)) : null;
  const therapistId = outcome?.therapistId ?? ("therapistId" in state ? state.therapistId : undefined);
  // A token that matches no invitation names nothing: recording it would let anyone write the audit log at will.
  if (therapistId)
    await recordAudit({
      userId: outcome?.ok ? outcome.userId : null,
      action: "therapist.invitation-accept",
      resourceType: "therapist",
      resourceId: therapistId,
      outcome: outcome?.ok ? "success" : "failure",
      ip,
      ...(outcome?.ok ? {} : { detail: `refused=${outcome?.reason ?? state.state}` }),
    });
  if (outcome?.ok) return ok({ email: outcome.email });
  const reason = outcome?.reason ?? (state.state === "valid" ? "used" : state.state);
  return fail(INVITATION_REFUSALS[reason]);
}
