// The real react-pdf, loaded by Node's ESM loader (jest cannot load it; see the support file).
jest.mock("@react-pdf/renderer", () => jest.requireActual("../support/react-pdf-native"));

import { execFileSync } from "node:child_process";
import { GET as getFhir } from "@/app/(app)/referrals/[id]/fhir/route";
import { GET as getPdf } from "@/app/(app)/referrals/[id]/pdf/route";
import ReferralPage from "@/app/(app)/referrals/[id]/page";
import PrintReferralPage from "@/app/(app)/referrals/[id]/print/page";
import { createReferralAction } from "@/lib/actions/create-referral";
import { referralSaveInput } from "../support/action-registry";
import { createTestUser, seedEvidenceForTest } from "../support/db-fixtures";
import { intakeInput } from "../support/intake-fixtures";
import { renderPageHtml } from "../support/render-page";
import { signInAs } from "../support/sign-in-as";

// Property 18: script payloads typed into any field reach the pages, the print sheet, the PDF and the
// FHIR export as text. The referral is saved through the real action, then rendered by the real pages.
jest.setTimeout(30_000);

const ATTACK = `<script>alert(1)</script>"><img src=x onerror=alert(1)>javascript:alert(1)`;
/** A field's payload carries the field's name, so each assertion shows which field leaked. */
const payload = (field: string) => `${field}:${ATTACK}`;
/** What React writes for the payload's text: every <, >, " and & escaped. */
const escapedHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const TEXT_FIELDS = ["patientName", "complaint", "goals", "medications", "notes"] as const;
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const request = (id: string, kind: string) => new Request(`http://localhost/referrals/${id}/${kind}`);

let referralId: string;

/**
 * Escaped text holds no "<", so every "<name ...>" left in the HTML is a real tag: none may be a script
 * or the payload's img, carry an event handler, or point a URL attribute at javascript:.
 */
function expectNoInjectedMarkup(html: string) {
  const tags = html.match(/<[a-zA-Z][^>]*>/g) ?? [];
  expect(tags.length).toBeGreaterThan(50);
  expect(tags.filter((t) => /^<(script|img|iframe|object|embed)\b/i.test(t))).toEqual([]);
  expect(tags.filter((t) => /\son[a-z]+\s*=/i.test(t))).toEqual([]);
  expect(tags.filter((t) => /\s(href|src|action|formaction)\s*=\s*["']?\s*javascript:/i.test(t))).toEqual([]);
}

beforeAll(async () => {
  await (jest.requireActual("../support/react-pdf-native") as { ready: Promise<unknown> }).ready;
  await seedEvidenceForTest();
  const clinician = await createTestUser({ name: "Dr Escape" });
  await signInAs(clinician);
  const intake = intakeInput({
    ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, payload(f)])),
    // A finding that defers the referral, so the safety-override note is saved and shown too.
    safetyFindings: ["dvt"],
  });
  const saved = await createReferralAction(
    referralSaveInput({
      intake,
      finalDose: { minutesPerSession: 30, sessionsPerWeek: 1, weeks: 8, totalSessions: 8 },
      overrideReason: "cost-or-access",
      overrideNote: payload("overrideNote"),
      deferOverrideNote: payload("deferOverrideNote"),
    }),
  );
  if (!saved.ok) throw new Error(`the payloads must be accepted as text: ${JSON.stringify(saved)}`);
  referralId = saved.data.id;
});

describe("script payloads saved through createReferralAction", () => {
  test("detail page: every field is shown, escaped, and creates no element", async () => {
    const html = renderPageHtml(await ReferralPage(params(referralId)));
    expectNoInjectedMarkup(html);
    for (const field of [...TEXT_FIELDS, "overrideNote", "deferOverrideNote"]) {
      expect([field, html.includes(escapedHtml(payload(field)))]).toEqual([field, true]);
    }
  });

  test("print page: the sheet shows the fields escaped and creates no element", async () => {
    const html = renderPageHtml(await PrintReferralPage(params(referralId)));
    expectNoInjectedMarkup(html);
    for (const field of ["patientName", "goals", "notes", "overrideNote"]) {
      expect([field, html.includes(escapedHtml(payload(field)))]).toEqual([field, true]);
    }
  });

  test("PDF: the payloads are literal text of the document", async () => {
    const res = await getPdf(request(referralId, "pdf"), params(referralId));
    expect(res.status).toBe(200);
    const pdf = Buffer.from(await res.arrayBuffer());
    // pdftotext wraps long lines: compare with all whitespace removed.
    const text = execFileSync("/usr/bin/pdftotext", ["-enc", "UTF-8", "-", "-"], { input: pdf }).toString("utf8").replace(/\s+/g, "");
    for (const field of ["patientName", "goals", "notes", "overrideNote"]) {
      expect([field, text.includes(payload(field).replace(/\s+/g, ""))]).toEqual([field, true]);
    }
  });

  test("FHIR: valid JSON in which the payloads are plain string values", async () => {
    const res = await getFhir(request(referralId, "fhir"), params(referralId));
    expect(res.status).toBe(200);
    const resource = (await res.json()) as {
      subject?: { display?: string };
      note?: { text: string }[];
      contained?: { name?: { text?: string }[] }[];
    };
    expect(resource.subject?.display).toBe(payload("patientName"));
    expect(resource.contained?.[0]?.name?.[0]?.text).toBe(payload("patientName"));
    const notes = (resource.note ?? []).map((n) => n.text);
    expect(notes).toEqual(expect.arrayContaining([`Goals: ${payload("goals")}`, `Clinician notes: ${payload("notes")}`]));
  });
});
