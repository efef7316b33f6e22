import "server-only";
import nodemailer from "nodemailer";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";

export type MailKind = "therapist-invitation" | "referral-sent" | "adverse-event";

export interface Mail {
  kind: MailKind;
  to: string;
  subject: string;
  /** Plain text only, and never patient details: mail leaves our control. Links carry ids or one-time tokens. */
  text: string;
}

/** The app's public address for links in mail (NEXTAUTH_URL, else the local port). */
export function appBaseUrl(): string {
  const env = serverEnv();
  return (env.NEXTAUTH_URL ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/+$/, "");
}

/**
 * Sends a message. Every message is kept in the outbox table; with SMTP_URL set it also goes out through
 * SMTP (nodemailer) and the row records when, or the error. A failed delivery never fails the action that
 * sent it (a referral is sent whether or not the mail server is up): the admin's outbox page shows it.
 */
export async function sendMail(mail: Mail): Promise<{ id: string; delivered: boolean }> {
  const env = serverEnv();
  const smtpUrl = env.SMTP_URL;
  const row = await db.outboxMessage.create({
    data: { kind: mail.kind, to: mail.to, subject: mail.subject, text: mail.text, transport: smtpUrl ? "smtp" : "outbox" },
    select: { id: true },
  });
  if (!smtpUrl) return { id: row.id, delivered: false };
  try {
    const transport = nodemailer.createTransport(smtpUrl);
    await transport.sendMail({ from: env.MAIL_FROM ?? "MassageRx <no-reply@massagerx.invalid>", to: mail.to, subject: mail.subject, text: mail.text });
    await db.outboxMessage.update({ where: { id: row.id }, data: { sentAt: new Date() } });
    return { id: row.id, delivered: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : "delivery failed";
    await db.outboxMessage.update({ where: { id: row.id }, data: { error: message.slice(0, 500) } });
    return { id: row.id, delivered: false };
  }
}

export interface OutboxEntry {
  id: string;
  createdAt: string;
  kind: string;
  to: string;
  subject: string;
  text: string;
  transport: string;
  sentAt: string | null;
  error: string | null;
}

/** The newest messages, for the admin outbox page (admins only). */
export async function listOutbox(viewer: { role: string }, limit = 100): Promise<OutboxEntry[]> {
  if (viewer.role !== "ADMIN") return [];
  const rows = await db.outboxMessage.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), sentAt: r.sentAt?.toISOString() ?? null }));
}
