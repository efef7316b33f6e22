import Link from "next/link";
import { requireUser } from "@/lib/auth/current-user";

export const metadata = { title: "Home" };

export default async function HomePage() {
  const user = await requireUser();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Welcome, {user.name}</h1>
      <p className="max-w-prose text-slate-700">
        MassageRx suggests a massage-therapy dose for a patient&apos;s complaint from a curated evidence base, with the studies and
        certainty behind it and the precautions for this patient. You decide: accept or adjust the dose, then save and print the referral.
      </p>
      <ul className="grid gap-4 sm:grid-cols-3">
        {user.role === "CLINICIAN" && (
          <>
            <HomeLink href="/intake" title="New referral" text="Fill in the intake form and get a suggested dose." />
            <HomeLink href="/referrals" title="Referrals" text="Find, print and export your referrals." />
          </>
        )}
        {user.role === "THERAPIST" && <HomeLink href="/therapist" title="My referrals" text="The referrals clinicians have sent you." />}
        <HomeLink href="/evidence" title="Evidence library" text="Conditions, doses and the studies behind them." />
      </ul>
    </div>
  );
}

function HomeLink({ href, title, text }: { href: string; title: string; text: string }) {
  return (
    <li>
      <Link href={href} className="block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-700">
        <span className="block font-semibold text-brand-800">{title}</span>
        <span className="mt-1 block text-sm text-slate-700">{text}</span>
      </Link>
    </li>
  );
}
