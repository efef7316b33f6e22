import { requireUser } from "@/lib/auth/current-user";
import { ReferralList } from "./_components/referral-list";

export const metadata = { title: "Referrals" };
// The list itself is fetched by the client through a server action; the page stays per-request anyway.
export const dynamic = "force-dynamic";

export default async function ReferralsPage() {
  const user = await requireUser();
  const isAdmin = user.role === "ADMIN";
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{isAdmin ? "All referrals" : "Your referrals"}</h1>
      {isAdmin && <p className="text-slate-700">Admins can read every clinician&apos;s referrals; only the referring clinician can change them.</p>}
      <ReferralList showClinician={isAdmin} canCreate={!isAdmin} />
    </div>
  );
}
