import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { logTherapySession } from "@/lib/data/therapist-referrals";
import { db } from "@/lib/db/client";
import { logSessionSchema } from "@/lib/schemas/referral-loop";
import { createTestUser, seedEvidenceForTest } from "../support/db-fixtures";
import { createLoopContext, type LoopContext } from "../support/loop-fixtures";

// Issue 16 item 3: a moderate or severe adverse event notifies the referring clinician at once — the
// header badge (therapist-loop.test.ts) and, when SMTP_URL is set, an email. The mail server is a real
// SMTP server on loopback (smtp-server, by nodemailer's authors): the one outside boundary of this test.
jest.setTimeout(60_000);

interface Received {
  to: string[];
  data: string;
}
const received: Received[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, done) {
    let data = "";
    stream.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
    stream.on("end", () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
      done();
    });
  },
});

let clinician: { id: string; name: string; email: string };
let loop: LoopContext;
let therapist: { id: string; role: string; name: string };

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  await seedEvidenceForTest();
  const user = await createTestUser();
  clinician = { id: user.id, name: user.name, email: user.email };
  loop = await createLoopContext(clinician);
  therapist = await db.user.findUniqueOrThrow({ where: { email: loop.therapistEmail }, select: { id: true, role: true, name: true } });
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const session = (severity: "mild" | "moderate" | "severe", sessionDate: string) =>
  logSessionSchema.parse({
    dispatchId: loop.dispatch.inProgress,
    idempotencyKey: randomUUID(),
    sessionDate,
    minutes: 60,
    techniques: ["Swedish"],
    areas: ["knee"],
    pressure: "moderate",
    tolerance: "poorly",
    adverseEvent: { severity, description: "Bruising over the calf" },
  });

test("a moderate adverse event is emailed to the referring clinician through SMTP, without patient details, and the outbox records the delivery", async () => {
  const before = received.length;
  const logged = await logTherapySession(therapist, session("moderate", "2026-12-09"));
  expect(logged).toMatchObject({ ok: true, data: { alerted: true } });
  expect(received).toHaveLength(before + 1);
  const mail = received.at(-1);
  expect(mail?.to).toEqual([clinician.email]);
  expect(mail?.data).toMatch(/adverse event/i);
  // Mail leaves our control: a link to the referral, never the patient's name or the event's words.
  expect(mail?.data).not.toContain("Bruising");
  const referral = await db.referral.findFirstOrThrow({ where: { dispatches: { some: { id: loop.dispatch.inProgress } } } });
  expect(mail?.data).not.toContain(referral.patientName);
  const row = await db.outboxMessage.findFirstOrThrow({
    where: { kind: "adverse-event", to: clinician.email },
    orderBy: { createdAt: "desc" },
  });
  expect(row).toMatchObject({ transport: "smtp", error: null });
  expect(row.sentAt).not.toBeNull();
});

test("a mild adverse event sends no mail", async () => {
  const before = received.length;
  const logged = await logTherapySession(therapist, session("mild", "2026-12-10"));
  expect(logged).toMatchObject({ ok: true, data: { alerted: false } });
  expect(received).toHaveLength(before);
});

test("with the mail server down the session is still logged and the outbox row keeps the error for the admin", async () => {
  process.env.SMTP_URL = "smtp://127.0.0.1:9";
  const logged = await logTherapySession(therapist, session("severe", "2026-12-11"));
  expect(logged).toMatchObject({ ok: true, data: { alerted: true } });
  const row = await db.outboxMessage.findFirstOrThrow({
    where: { kind: "adverse-event", to: clinician.email },
    orderBy: { createdAt: "desc" },
  });
  expect(row.sentAt).toBeNull();
  expect(row.error).toEqual(expect.any(String));
});
