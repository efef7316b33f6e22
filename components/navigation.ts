import type { NavItem } from "./app-header";

/** Navigation per role. Add a page here when it exists. */
export function navigationFor(role: "CLINICIAN" | "ADMIN"): NavItem[] {
  const common: NavItem[] = [{ href: "/evidence", label: "Evidence" }];
  const account: NavItem = { href: "/account", label: "Account" };
  const outcomes: NavItem = { href: "/outcomes", label: "Outcomes" };
  if (role === "ADMIN") return [...common, outcomes, { href: "/admin/evidence", label: "Curate evidence" }, { href: "/admin/users", label: "Users" }, { href: "/admin/audit", label: "Audit log" }, account];
  return [
    { href: "/intake", label: "New referral" },
    { href: "/referrals", label: "Referrals" },
    { href: "/referrals/attention", label: "Needs attention" },
    ...common,
    outcomes,
    account,
  ];
}
