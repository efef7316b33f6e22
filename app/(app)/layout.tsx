import { AppHeader } from "@/components/app-header";
import { IdleWarning } from "@/components/idle-warning";
import { navigationFor } from "@/components/navigation";
import { Providers } from "@/components/providers";
import { authSettings } from "@/lib/auth/auth-settings";
import { requireUser } from "@/lib/auth/current-user";
import { countOpenAdverseAlerts } from "@/lib/data/adverse-alerts";
import { touchIntervalMs } from "@/lib/data/auth-sessions";

/**
 * Shell of every signed-in page. The check here is only for the shell: each page and action checks the
 * session itself, because layouts do not re-run on every navigation.
 */
export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const { idleTimeoutSeconds } = authSettings();
  // One indexed count (AdverseEvent clinicianId + acknowledgedAt), clinicians only: the header's alert badge.
  const adverseEventCount = user.role === "CLINICIAN" ? await countOpenAdverseAlerts(user) : 0;
  return (
    <Providers>
      <IdleWarning idleTimeoutSeconds={idleTimeoutSeconds} marginSeconds={touchIntervalMs(idleTimeoutSeconds) / 1000} />
      <AppHeader userName={user.name} credentials={user.credentials} nav={navigationFor(user.role)} adverseEventCount={adverseEventCount} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </Providers>
  );
}
