import Link from "next/link";
import { Providers } from "@/components/providers";
import { InvitationForm } from "@/components/therapist/lazy-forms";
import { requestIp } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/data/audit";
import { getInvitationState } from "@/lib/data/therapist-invitations";
import { INVITATION_REFUSALS, invitationTokenSchema } from "@/lib/schemas/invitation";

export const dynamic = "force-dynamic";
export const metadata = { title: "Your MassageRx invitation" };

/**
 * The emailed link of a therapist's invitation. Outside the (app) group: nobody is signed in yet. A link
 * that cannot be used says why in plain words (not valid, used, expired) and never 500s or names anyone.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const wellFormed = invitationTokenSchema.safeParse(token).success;
  const state = wellFormed ? await getInvitationState(token) : ({ state: "unknown" } as const);
  // Only a token that matches an invitation is recorded: an unknown one names nothing (and must not fill the log).
  if ("therapistId" in state) {
    await recordAudit({
      userId: null,
      action: "therapist.invitation-view",
      resourceType: "therapist",
      resourceId: state.therapistId,
      outcome: state.state === "valid" ? "success" : "failure",
      ip: await requestIp(),
      ...(state.state === "valid" ? {} : { detail: `state=${state.state}` }),
    });
  }
  return (
    <Providers>
      <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4">
        <h1 className="text-2xl font-semibold text-brand-800">Your MassageRx invitation</h1>
        {state.state === "valid" ? (
          <>
            <p className="mt-1 text-slate-700">
              Welcome, {state.name}. A clinician has sent you a massage therapy referral. Choose a password to create your account; you will
              sign in with <strong>{state.email}</strong>.
            </p>
            <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
              <InvitationForm token={token} />
            </div>
          </>
        ) : (
          <>
            <p role="alert" className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900">
              {INVITATION_REFUSALS[state.state]}
            </p>
            <p className="mt-4">
              <Link href="/login" className="text-blue-800 underline">
                Go to sign in
              </Link>
            </p>
          </>
        )}
      </main>
    </Providers>
  );
}
