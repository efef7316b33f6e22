import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/account/lazy-forms";
import { Providers } from "@/components/providers";
import { requireSessionUser } from "@/lib/auth/current-user";

export const metadata = { title: "Choose a new password" };

/**
 * The forced change after an admin created the account or reset its password. Outside the (app) group
 * because that layout sends users who must change their password here.
 */
export default async function ForcedChangePasswordPage() {
  const user = await requireSessionUser();
  if (!user.mustChangePassword) redirect("/account");
  return (
    <Providers>
      <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4">
        <h1 className="text-2xl font-semibold text-brand-800">Choose a new password</h1>
        <p className="mt-1 text-slate-700">An administrator set your password. Before you continue, replace it with one only you know.</p>
        <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <ChangePasswordForm next="/" />
        </div>
      </main>
    </Providers>
  );
}
