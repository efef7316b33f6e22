import Link from "next/link";
import { AdminTable } from "@/components/admin/admin-table";
import { EndOtherSessionsButton, EndSessionButton, SessionNotices } from "@/components/account/session-buttons";
import { sessionLimits } from "@/lib/auth/auth-settings";
import { requireUser } from "@/lib/auth/current-user";
import { listOwnSessions } from "@/lib/data/user-sessions";

export const metadata = { title: "Your sessions" };
export const dynamic = "force-dynamic";

const utc = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** Each device signed in to the account: when it signed in, when it was last used, from which address. */
export default async function SessionsPage() {
  const user = await requireUser();
  const sessions = await listOwnSessions(user, sessionLimits());
  const others = sessions.filter((s) => !s.current).length;
  return (
    <div className="space-y-4">
      <Link href="/account" className="text-sm text-brand-800 underline">
        ← Your account
      </Link>
      <h1 className="text-2xl font-semibold">Your sessions</h1>
      <p className="max-w-prose text-sm text-slate-700">
        The devices signed in to your account now. If you do not recognise one, sign it out and change your password.
      </p>
      <SessionNotices>
        <AdminTable caption="Signed-in devices" headings={["Device", "Signed in", "Last active", "Address", "Sign out"]}>
          {sessions.map((s) => (
            <tr key={s.id} className="border-t border-slate-200">
              <td className="px-3 py-2">
                {s.device}
                {s.current && (
                  <span className="ml-2 rounded bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800">This device</span>
                )}
                {s.persistent && <span className="ml-2 text-xs text-slate-700">(kept signed in)</span>}
              </td>
              <td className="px-3 py-2">{utc(s.createdAt)}</td>
              <td className="px-3 py-2">{utc(s.lastSeenAt)}</td>
              <td className="px-3 py-2 font-mono text-sm">{s.ip ?? "unknown"}</td>
              <td className="px-3 py-2">
                {s.current ? (
                  <span className="text-sm text-slate-700">Use Sign out above</span>
                ) : (
                  <EndSessionButton sessionId={s.id} device={s.device} />
                )}
              </td>
            </tr>
          ))}
        </AdminTable>
        {others > 0 && <EndOtherSessionsButton />}
      </SessionNotices>
    </div>
  );
}
