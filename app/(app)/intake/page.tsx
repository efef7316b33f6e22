import { IntakeWorkflow } from "@/components/intake/intake-workflow";
import { requireClinician } from "@/lib/auth/current-user";
import { listSafetyChecklist } from "@/lib/data/intake-options";

export const metadata = { title: "New referral" };
// The checklist follows the current evidence version, which an admin can change at any time.
export const dynamic = "force-dynamic";

export default async function IntakePage() {
  await requireClinician();
  const rules = await listSafetyChecklist();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">New referral</h1>
        <p className="max-w-prose text-slate-700">
          Fill in the intake and press Suggest. Each suggestion shows the dose, the studies and certainty behind it and
          this patient&apos;s precautions. Choose one condition, adjust the dose if needed (with a reason) and save.
        </p>
      </div>
      {rules === null ? (
        <p role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-amber-950">
          The evidence base is empty: ask an administrator to load it before making referrals.
        </p>
      ) : (
        <IntakeWorkflow rules={rules} />
      )}
    </div>
  );
}
