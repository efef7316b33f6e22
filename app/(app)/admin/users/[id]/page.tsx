import Link from "next/link";
import { notFound } from "next/navigation";
import { ResetPasswordForm, ResetTwoStepForm } from "@/components/admin/lazy-forms";
import { UserAccountButtons } from "@/components/admin/user-account-buttons";
import { requireAdmin } from "@/lib/auth/current-user";
import { getTwoStepStatus } from "@/lib/data/two-step";
import { getUser } from "@/lib/data/users";
import { adminPageMetadata } from "@/lib/auth/admin-metadata";

export const generateMetadata = adminPageMetadata("Account");

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireAdmin();
  const user = await getUser(admin, (await params).id);
  if (!user) notFound();
  const twoStep = await getTwoStepStatus(user.id);
  const rows: [string, string][] = [
    ["Email", user.email],
    ["Role", user.role === "ADMIN" ? "Admin" : "Clinician"],
    ["Clinic", user.clinicName || "—"],
    ["Phone", user.phone || "—"],
    ["Status", `${user.active ? "Active" : "Disabled"}${user.mustChangePassword ? " · must change password at next sign-in" : ""}`],
    ["Open sessions", String(user.openSessions)],
    [
      "Two-step sign-in",
      twoStep.enabledAt
        ? `On since ${twoStep.enabledAt.toISOString().slice(0, 10)} · ${twoStep.recoveryCodesLeft} recovery codes left`
        : "Not set up",
    ],
    ["Password last set (UTC)", user.passwordChangedAt.toISOString().slice(0, 16).replace("T", " ")],
    ["Created (UTC)", user.createdAt.toISOString().slice(0, 10)],
  ];
  return (
    <div className="space-y-6">
      <Link href="/admin/users" className="text-sm text-brand-800 underline">
        ← Users
      </Link>
      <h1 className="text-2xl font-semibold">
        {user.name}
        {user.credentials ? `, ${user.credentials}` : ""}
      </h1>
      <dl className="grid max-w-2xl grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-medium text-slate-700">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="account-access" className="space-y-2">
        <h2 id="account-access" className="text-lg font-semibold">
          Access
        </h2>
        <UserAccountButtons userId={user.id} active={user.active} isSelf={user.id === admin.id} />
      </section>
      <section aria-labelledby="account-reset" className="space-y-2">
        <h2 id="account-reset" className="text-lg font-semibold">
          Reset password
        </h2>
        {user.id === admin.id ? (
          <p className="max-w-prose text-sm text-slate-700">
            This is your own account: change your password on your{" "}
            <Link href="/account" className="text-brand-800 underline">
              Account
            </Link>{" "}
            page, which asks for your current one.
          </p>
        ) : (
          <>
            <p className="max-w-prose text-sm text-slate-700">
              Give the person a temporary password; they choose their own at next sign-in. Every session of theirs ends.
            </p>
            <ResetPasswordForm userId={user.id} targetIsAdmin={user.role === "ADMIN"} />
          </>
        )}
      </section>
      {twoStep.enabledAt && user.id !== admin.id && (
        <section aria-labelledby="account-two-step" className="space-y-2">
          <h2 id="account-two-step" className="text-lg font-semibold">
            Reset two-step sign-in
          </h2>
          <p className="max-w-prose text-sm text-slate-700">
            For a lost phone: removes their authenticator and recovery codes and ends their sessions. They set it up again at next sign-in.
          </p>
          <ResetTwoStepForm userId={user.id} />
        </section>
      )}
    </div>
  );
}
