import { TwoStepPolicyForm } from "@/components/admin/lazy-forms";
import { adminPageMetadata } from "@/lib/auth/admin-metadata";
import { requireAdmin } from "@/lib/auth/current-user";
import { getTwoStepPolicy } from "@/lib/data/two-step";

export const generateMetadata = adminPageMetadata("Security");
export const dynamic = "force-dynamic";

/** The clinic's sign-in policy. Enforced on the server for every role on every request (requireUser). */
export default async function SecurityPage() {
  await requireAdmin();
  const policy = await getTwoStepPolicy();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Security</h1>
      <section aria-labelledby="two-step-policy" className="space-y-3">
        <h2 id="two-step-policy" className="text-lg font-semibold">
          Two-step sign-in
        </h2>
        <p className="max-w-prose text-sm text-slate-700">
          With two-step sign-in, a password alone opens nothing: after it, the person enters a code from an authenticator app on their phone
          (or a one-time recovery code). Someone it becomes required for, who has not set it up, is taken to the setup page at their next
          page and can reach nothing else until it is done.
        </p>
        <TwoStepPolicyForm current={policy} />
      </section>
    </div>
  );
}
