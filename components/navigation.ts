import type { AccountRole } from "@/lib/schemas/users";
import type { NavItem } from "./app-header";

/** Navigation per role. Add a page here when it exists. */
export function navigationFor(role: AccountRole): NavItem[] {
  const common: NavItem[] = [{ href: "/evidence", label: "Evidence" }];
  const account: NavItem = { href: "/account", label: "Account" };
  const outcomes: NavItem = { href: "/outcomes", label: "Outcomes" };
  // A therapist's job is the referrals sent to them: no evidence admin, no audit, no other patients.
  if (role === "THERAPIST") return [{ href: "/therapist", label: "My referrals" }, account];
  if (role === "ADMIN") {
    return [
      ...common,
      outcomes,
      { href: "/admin/evidence", label: "Curate evidence" },
      { href: "/admin/users", label: "Users" },
      { href: "/admin/therapists", label: "Therapists" },
      { href: "/admin/outbox", label: "Outbox" },
      { href: "/admin/audit", label: "Audit log" },
      { href: "/admin/security", label: "Security" },
      account,
    ];
  }
  return [
    { href: "/intake", label: "New referral" },
    { href: "/referrals", label: "Referrals" },
    { href: "/referrals/attention", label: "Needs attention" },
    ...common,
    outcomes,
    account,
  ];
}
