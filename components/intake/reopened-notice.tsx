import type { ReferralEditStart } from "@/lib/domain/referral/edit-start";

/** Says what the form is doing with a reopened referral, before anything else on the page. */
export function ReopenedNotice({ start }: { start: ReferralEditStart }) {
  return (
    <p role="note" className="rounded-md border border-brand-700 bg-brand-50 p-3 text-sm text-slate-900" data-testid="reopened-notice">
      {start.kind === "draft"
        ? `Editing the draft referral for ${start.conditionName} saved on ${start.createdAt}. Everything saved is filled in: press Suggest to check it against the current evidence, then save it as a draft again or as final.`
        : `Amending the referral for ${start.conditionName} of ${start.createdAt}. Saving makes a new version with your reason; the original stays readable and is marked as amended. Press Suggest to check the intake against the current evidence first.`}
    </p>
  );
}
