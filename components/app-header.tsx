import Link from "next/link";
import { AdverseEventBadge } from "./adverse-event-badge";
import { SignOutButton } from "./sign-out-button";

export interface NavItem {
  href: string;
  label: string;
}

/** `adverseEventCount`: the clinician's unacknowledged moderate/severe adverse events (absent for other roles). */
export function AppHeader({
  userName,
  credentials,
  nav,
  adverseEventCount = 0,
}: {
  userName: string;
  credentials: string;
  nav: NavItem[];
  adverseEventCount?: number;
}) {
  return (
    <header className="no-print bg-brand-800 text-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
      >
        Skip to main content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          MassageRx
        </Link>
        <nav aria-label="Main" className="order-3 w-full sm:order-2 sm:w-auto">
          <ul className="flex flex-wrap gap-1">
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="rounded-md px-3 py-1.5 text-sm font-medium hover:bg-white/10">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="order-2 flex items-center gap-3 sm:order-3">
          <AdverseEventBadge count={adverseEventCount} />
          <span className="text-sm" data-testid="signed-in-user">
            {userName}
            {credentials ? `, ${credentials}` : ""}
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
