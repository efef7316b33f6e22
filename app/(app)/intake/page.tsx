import { notFound } from "next/navigation";
import { IntakeWorkflow } from "@/components/intake/intake-workflow";
import { requireClinician } from "@/lib/auth/current-user";
import { listSafetyChecklist } from "@/lib/data/intake-options";
import { offerIntakeDraft } from "@/lib/data/intake-drafts";
import { openReferralForEditing } from "@/lib/data/referral-edit";
import { autosavedForm } from "@/lib/domain/referral/autosaved-form";

export const metadata = { title: "New referral" };
// The checklist follows the current evidence version, which an admin can change at any time.
export const dynamic = "force-dynamic";

type Search = Promise<Record<string, string | string[] | undefined>>;

/**
 * /intake: a new referral; /intake?draft=<id>: the clinician's draft reopened to edit and finish;
 * /intake?amend=<id>: their final or sent referral reopened to amend. Only ids travel in the URL, never
 * patient details; anything not theirs (or not in that state) is a 404.
 */
export default async function IntakePage({ searchParams }: { searchParams: Search }) {
  const user = await requireClinician();
  const params = await searchParams;
  const draftId = typeof params.draft === "string" ? params.draft : null;
  const amendId = typeof params.amend === "string" ? params.amend : null;
  const start = draftId
    ? await openReferralForEditing(user, draftId, "draft")
    : amendId
      ? await openReferralForEditing(user, amendId, "amend")
      : null;
  if ((draftId || amendId) && !start) notFound();
  // Each form offers back what was being typed in it before a reload (autosaved on the server): a new
  // intake its own, a reopened draft or an amendment only the autosave of that referral.
  const autosaved = await offerIntakeDraft(user.id, start ? { kind: start.kind, referralId: start.id } : null);
  const values = autosaved ? autosavedForm(autosaved.data) : null;
  const rules = await listSafetyChecklist();
  const title = start?.kind === "draft" ? "Edit draft referral" : start?.kind === "amend" ? "Amend referral" : "New referral";
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{title}</h1>
        <p className="max-w-prose text-slate-700">
          Fill in the intake and press Suggest. Each suggestion shows the dose, the studies and certainty behind it and this patient&apos;s
          precautions. Choose one condition, adjust the dose if needed (with a reason) and save.
        </p>
      </div>
      {rules === null ? (
        <p role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-amber-950">
          The evidence base is empty: ask an administrator to load it before making referrals.
        </p>
      ) : (
        <IntakeWorkflow
          rules={rules}
          start={start ?? undefined}
          autosaved={
            autosaved && values
              ? { id: autosaved.id, updatedAt: autosaved.updatedAt, patientName: values.intake.patientName, values }
              : undefined
          }
        />
      )}
    </div>
  );
}
