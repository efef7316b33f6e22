import { Providers } from "@/components/providers";
import { SecondFactorForm } from "@/components/two-step/lazy-forms";
import { requirePendingSignIn } from "@/lib/auth/current-user";

export const metadata = { title: "Enter your code" };

/** The second step of sign-in, for a session that has just passed the password and nothing else. */
export default async function SecondFactorPage() {
  await requirePendingSignIn();
  return (
    <Providers>
      <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4">
        <h1 className="text-2xl font-semibold text-brand-800">Two-step sign-in</h1>
        <p className="mt-1 text-slate-700">Your password was right. To finish signing in, enter the code from your authenticator app.</p>
        <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <SecondFactorForm />
        </div>
        <p className="mt-4 text-xs text-slate-600">
          Lost your phone and your recovery codes? An administrator can reset two-step sign-in for you.
        </p>
      </main>
    </Providers>
  );
}
