import { redirect } from "next/navigation";
import { LoginForm } from "@/components/login-form";
import { getCurrentUser, secondFactorPending, TWO_STEP_CODE_PATH } from "@/lib/auth/current-user";
import { returnPathAfterSignIn } from "@/lib/domain/referral-loop/short-code";

export const metadata = { title: "Sign in" };

/** Why the user landed here, as a code in the URL (never PHI); unknown codes show nothing. */
const REASONS: Record<string, string> = {
  idle: "You were signed out after a period of inactivity, to protect patient information. Sign in again to continue.",
};

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ reason?: string | string[]; next?: string | string[] }>;
}) {
  const { reason, next } = await searchParams;
  // A scanned referral QR code (/r/<code>) continues there after sign-in; anything else goes home.
  const continueTo = returnPathAfterSignIn(next);
  if (await getCurrentUser()) redirect(continueTo);
  if (await secondFactorPending()) redirect(TWO_STEP_CODE_PATH);
  const notice = typeof reason === "string" ? REASONS[reason] : undefined;
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4">
      <h1 className="text-3xl font-semibold text-brand-800">MassageRx</h1>
      <p className="mt-1 text-slate-700">Sign in to write evidence-based massage therapy referrals.</p>
      {notice && (
        <p role="status" className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {notice}
        </p>
      )}
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <LoginForm next={continueTo} />
      </div>
      <p className="mt-4 text-xs text-slate-600">
        Decision support for clinicians. Suggestions show their evidence; the clinician decides.
      </p>
    </main>
  );
}
