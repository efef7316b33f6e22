import type { NavItem } from "./app-header";

/** Navigation per role. Add a page here when it exists. */
export function navigationFor(role: "CLINICIAN" | "ADMIN"): NavItem[] {
  const common: NavItem[] = [{ href: "/evidence", label: "Evidence" }];
  const account: NavItem = { href: "/account", label: "Account" };
  if (role === "ADMIN") return [...common, { href: "/admin/evidence", label: "Curate evidence" }, { href: "/admin/users", label: "Users" }, { href: "/admin/audit", label: "Audit log" }, { href: "/admin/security", label: "Security" }, account];
  return [{ href: "/intake", label: "New referral" }, { href: "/referrals", label: "Referrals" }, ...common, account];
}
