import type { NavItem } from "./app-header";

/** Navigation per role. Add a page here when it exists. */
export function navigationFor(role: "CLINICIAN" | "ADMIN"): NavItem[] {
  const common: NavItem[] = [{ href: "/evidence", label: "Evidence" }];
  if (role === "ADMIN") return [...common];
  return [{ href: "/intake", label: "New referral" }, { href: "/referrals", label: "Referrals" }, ...common];
}
