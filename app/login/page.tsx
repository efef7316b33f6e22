import { redirect } from "next/navigation";
import { LoginForm } from "@/components/login-form";
import { getCurrentUser } from "@/lib/auth/current-user";

export const metadata = { title: "Sign in" };

export default async function LoginPage() {
  if (await getCurrentUser()) redirect("/");
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4">
      <h1 className="text-3xl font-semibold text-brand-800">MassageRx</h1>
      <p className="mt-1 text-slate-700">Sign in to write evidence-based massage therapy referrals.</p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <LoginForm />
      </div>
      <p className="mt-4 text-xs text-slate-600">
        Decision support for clinicians. Suggestions show their evidence; the clinician decides.
      </p>
    </main>
  );
}
