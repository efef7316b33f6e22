import { requireAdmin, requestIp } from "@/lib/auth/current-user";
import { adminPageMetadata } from "@/lib/auth/admin-metadata";
import { recordAudit } from "@/lib/data/audit";
import { listOutbox } from "@/lib/data/mailer";
import { serverEnv } from "@/lib/env";

export const generateMetadata = adminPageMetadata("Outbox");
export const dynamic = "force-dynamic";

/** Mail the app has sent or kept. Without SMTP_URL (the embedded demo) this is the only place it goes. */
export default async function OutboxPage() {
  const admin = await requireAdmin();
  const messages = await listOutbox(admin);
  await recordAudit({ userId: admin.id, action: "outbox.view", resourceType: "outbox", outcome: "success", ip: await requestIp() });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Outbox</h1>
      <p className="max-w-prose text-slate-700">
        {serverEnv().SMTP_URL
          ? "Mail goes out through SMTP; each message is also kept here with its delivery time or error."
          : "No SMTP server is configured (SMTP_URL), so mail is kept here instead of sent. Pass an invitation link on to its therapist yourself."}
      </p>
      {messages.length === 0 && <p className="text-slate-700">No messages yet.</p>}
      <ol className="space-y-3">
        {messages.map((m) => (
          <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <p className="text-sm text-slate-700">
              {m.createdAt.slice(0, 16).replace("T", " ")} UTC · to {m.to} ·{" "}
              {m.transport === "outbox" ? "kept in outbox" : m.sentAt ? "sent" : m.error ? `not delivered: ${m.error}` : "sending"}
            </p>
            <h2 className="font-semibold">{m.subject}</h2>
            <pre className="mt-2 whitespace-pre-wrap font-sans text-sm">{m.text}</pre>
          </li>
        ))}
      </ol>
    </div>
  );
}
