import Link from "next/link";
import { ChangePasswordForm, NewRecoveryCodesForm } from "@/components/account/lazy-forms";
import { requireUser, TWO_STEP_SETUP_PATH } from "@/lib/auth/current-user";
import { getTwoStepStatus } from "@/lib/data/two-step";

export const metadata = { title: "Account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const twoStep = await getTwoStepStatus(user.id);
  const recoveryCodeUsed = (await searchParams)["recovery-code-used"] === "1";
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Your account</h1>
      <dl className="grid max-w-xl grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
        <dt className="font-medium text-slate-700">Name</dt>
        <dd>
          {user.name}
          {user.credentials ? `, ${user.credentials}` : ""}
        </dd>
        <dt className="font-medium text-slate-700">Email</dt>
        <dd>{user.email}</dd>
      </dl>
      <p>
        <Link href="/account/sessions" className="text-brand-800 underline">
          Your sessions
        </Link>{" "}
        <span className="text-sm text-slate-700">— the devices signed in to your account, and signing them out.</span>
      </p>
      <section aria-labelledby="two-step" className="space-y-3">
        <h2 id="two-step" className="text-lg font-semibold">
          Two-step sign-in
        </h2>
        {recoveryCodeUsed && (
          <p role="status" className="max-w-prose rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
            You signed in with a recovery code, which now no longer works. {twoStep.recoveryCodesLeft} are left: make new ones below if you
            are running out, and ask an administrator to reset two-step sign-in if you lost your phone.
          </p>
        )}
        {twoStep.enabledAt ? (
          <>
            <p className="max-w-prose text-sm text-slate-700">
              On since {twoStep.enabledAt.toISOString().slice(0, 10)}: after your password, you enter a code from your authenticator app.{" "}
              {twoStep.recoveryCodesLeft} of your recovery codes are unused. Making new ones ends the old ones.
            </p>
            <NewRecoveryCodesForm />
          </>
        ) : (
          <p className="max-w-prose text-sm text-slate-700">
            Off: your password alone signs you in.{" "}
            <Link href={TWO_STEP_SETUP_PATH} className="font-semibold text-brand-800 underline">
              Set up two-step sign-in
            </Link>{" "}
            with an authenticator app, so a stolen password is not enough to open patient records.
          </p>
        )}
      </section>
      <section aria-labelledby="change-password" className="space-y-3">
        <h2 id="change-password" className="text-lg font-semibold">
          Change password
        </h2>
        <p className="max-w-prose text-sm text-slate-700">Changing your password signs you out on every other device.</p>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
