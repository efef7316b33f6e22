import { ChangePasswordForm } from "@/components/account/lazy-forms";
import { requireUser } from "@/lib/auth/current-user";

export const metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requireUser();
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
