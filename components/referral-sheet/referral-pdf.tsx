import "server-only";
import { Document, Link, Page, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { ReferralCodeMark } from "@/lib/data/short-code";
import type { ReferralSheet } from "@/lib/domain/referral/referral-sheet";
import { charactersWithoutGlyph, preparePdfFont } from "./pdf-font";
import { ReferralCodePdf } from "./referral-code-pdf";
import { pdfStyles as s } from "./referral-pdf-styles";

/**
 * The referral sheet as a real PDF, rendered on the server from the same ReferralSheet lines as the print
 * page, so the two never disagree. Text stays selectable; the font is embedded (pdf-font.ts).
 */

function Section({ title, children, keepTogether = true }: { title: string; children: React.ReactNode; keepTogether?: boolean }) {
  return (
    <View style={s.section} wrap={!keepTogether}>
      <Text style={s.heading} minPresenceAhead={24}>
        {title}
      </Text>
      {children}
    </View>
  );
}

function Bullets({ items, empty }: { items: readonly string[]; empty: string }) {
  if (items.length === 0) return <Text style={s.muted}>{empty}</Text>;
  return (
    <View>
      {items.map((item, i) => (
        <View key={`${i}-${item}`} style={s.bullet} wrap={false}>
          <Text style={s.bulletMark}>•</Text>
          <Text style={s.bulletText}>{item}</Text>
        </View>
      ))}
    </View>
  );
}

/** DRAFT / CANCELLED: a banner at the top of each copy and a large mark fixed to every page. */
function StatusBanner({ mark }: { mark: string | null }) {
  return mark ? <Text style={s.statusBanner}>{mark}</Text> : null;
}

/** AMENDMENT: a banner at the top of each copy; with the replaced version's tag, in the top margin of every page. */
function AmendmentBanner({ mark }: { mark: string | null }) {
  return mark ? <Text style={s.amendmentBanner}>{mark}</Text> : null;
}

function PageTag({ tag }: { tag: string | null }) {
  return tag ? (
    <Text style={s.pageTag} fixed>
      {tag}
    </Text>
  ) : null;
}

function Watermark({ mark }: { mark: string | null }) {
  return mark ? (
    <Text style={s.watermark} fixed>
      {mark}
    </Text>
  ) : null;
}

function Footer({ sheet }: { sheet: ReferralSheet }) {
  return (
    <View style={s.footer} fixed>
      <Text>
        MassageRx referral {sheet.referralId} · {sheet.referralDate}
      </Text>
      <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
    </View>
  );
}

/**
 * Said on the sheet when some text is in a script the embedded font cannot draw (e.g. a name in Chinese
 * characters), so no one mistakes blank or boxed letters for the real name.
 */
function MissingGlyphsWarning({ characters }: { characters: readonly string[] }) {
  if (characters.length === 0) return null;
  return (
    <Text style={s.warning} wrap={false}>
      {missingGlyphsMessage(characters)}
    </Text>
  );
}

function missingGlyphsMessage(characters: readonly string[]): string {
  const codes = characters.slice(0, 6).map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`);
  const more = characters.length > codes.length ? ", …" : "";
  return (
    `This PDF cannot show ${characters.length} character${characters.length === 1 ? "" : "s"} used in this referral ` +
    `(${codes.join(", ")}${more}). Check names and text against the referral in MassageRx or its printed sheet, which show them.`
  );
}

function TherapistPdfCopy({
  sheet,
  missingGlyphs,
  code,
}: {
  sheet: ReferralSheet;
  missingGlyphs: readonly string[];
  code: ReferralCodeMark | null;
}) {
  const { clinic, patient, diagnosis, evidence } = sheet;
  return (
    <View style={s.body}>
      <StatusBanner mark={sheet.statusMark} />
      <AmendmentBanner mark={sheet.amendmentMark} />
      {sheet.lifecycleLines.map((line) => (
        <Text key={line} style={[s.bold, { marginBottom: 4 }]}>
          {line}
        </Text>
      ))}
      <MissingGlyphsWarning characters={missingGlyphs} />
      <View style={s.header}>
        <View>
          <Text style={s.title}>Massage therapy referral</Text>
          <Text style={s.muted}>
            Referral {sheet.referralId} · {sheet.referralDate} · {sheet.statusLabel}
          </Text>
        </View>
        <View style={s.right}>
          {clinic.clinicName ? <Text style={s.bold}>{clinic.clinicName}</Text> : null}
          <Text>{clinic.clinicianLine}</Text>
          {clinic.contactLines.map((line) => (
            <Text key={line}>{line}</Text>
          ))}
        </View>
      </View>
      <ReferralCodePdf mark={code} />
      <Section title="Patient">
        <Text>Name: {patient.name}</Text>
        <Text>
          Date of birth: {patient.dob} (age {patient.age}) · Sex: {patient.sex}
          {patient.mrn ? ` · MRN: ${patient.mrn}` : ""}
        </Text>
      </Section>
      <Section title="Diagnosis">
        <Text>
          {diagnosis.name} — ICD-10-CM {diagnosis.icd10Code}
          {diagnosis.icd10Label ? ` (${diagnosis.icd10Label})` : ""}
        </Text>
      </Section>
      <Section title="Clinical details">
        {sheet.clinical.map((row) => (
          <Text key={row.label}>
            {row.label}: {row.value}
          </Text>
        ))}
      </Section>
      <Section title="Prescription">
        <Text style={s.prescription}>{sheet.prescriptionLine}</Text>
        {sheet.suggestedDoseLine ? <Text style={s.muted}>Evidence-suggested dose: {sheet.suggestedDoseLine}</Text> : null}
        {sheet.doseStatusLine ? <Text>{sheet.doseStatusLine}</Text> : null}
        <Text>Modality: {sheet.modality}</Text>
        <Text>Billing: {sheet.cptLine}</Text>
      </Section>
      <Section title="Precautions">
        <Bullets items={[...sheet.precautions, ...sheet.techniqueChanges]} empty="None recorded." />
      </Section>
      <Section title="Areas to avoid">
        <Bullets items={sheet.areasToAvoid} empty="None recorded." />
      </Section>
      {sheet.overrides.length > 0 ? (
        <Section title="Clinician overrides">
          <Bullets items={sheet.overrides.map((o) => `${o.title}. Reason: ${o.reason}${o.note ? ` — ${o.note}` : ""}`)} empty="" />
        </Section>
      ) : null}
      <View style={s.signature} wrap={false}>
        <Text style={s.signatureLine}>Signature — {clinic.clinicianLine}</Text>
        <Text style={s.signatureLine}>Date</Text>
      </View>
      <Section title="Evidence behind the dose" keepTogether={false}>
        {evidence.summary ? <Text>{evidence.summary}</Text> : null}
        {evidence.summaryWarning ? <Text style={s.bold}>{evidence.summaryWarning}</Text> : null}
        {evidence.certaintyLine ? <Text>{evidence.certaintyLine}</Text> : null}
        {evidence.strengthLine ? <Text>{evidence.strengthLine}</Text> : null}
        {evidence.guidance.map((line) => (
          <Text key={line}>{line}</Text>
        ))}
        {evidence.citations.map((c) => (
          <View key={c.number} style={{ marginTop: 3 }} wrap={false}>
            <Text>
              [{c.number}] {c.text}
            </Text>
            {c.doiUrl ? (
              <Link src={c.doiUrl} style={s.link}>
                {c.doiUrl}
              </Link>
            ) : null}
            {c.keyFigures ? <Text style={s.muted}>Key figures: {c.keyFigures}</Text> : null}
          </View>
        ))}
        <Text style={[s.muted, { marginTop: 3 }]}>{evidence.versionLine}</Text>
        {evidence.supersededLine ? <Text style={s.bold}>{evidence.supersededLine}</Text> : null}
      </Section>
      <Text style={s.disclaimer} wrap={false}>
        {sheet.disclaimer}
      </Text>
    </View>
  );
}

function PatientPdfCopy({ sheet, missingGlyphs }: { sheet: ReferralSheet; missingGlyphs: readonly string[] }) {
  const copy = sheet.patientCopy;
  return (
    <View style={s.body}>
      <StatusBanner mark={sheet.statusMark} />
      <AmendmentBanner mark={sheet.amendmentMark} />
      <MissingGlyphsWarning characters={missingGlyphs} />
      <Text style={s.title}>{copy.title}</Text>
      <Text style={s.muted}>
        For {copy.patientName} · Referral {sheet.referralId}
      </Text>
      {copy.sections.map((section) => (
        <Section key={section.id} title={section.heading}>
          <Bullets items={section.lines} empty="" />
        </Section>
      ))}
      <Text style={s.section}>Questions? Contact {copy.contact}</Text>
    </View>
  );
}

/** Two pages' worth (or more): the therapist copy, then the patient copy starting on a page of its own. */
export function ReferralPdfDocument({ sheet, code = null }: { sheet: ReferralSheet; code?: ReferralCodeMark | null }) {
  // Every string of the sheet is drawn somewhere in the PDF; JSON keeps non-ASCII characters as they are.
  const missingGlyphs = charactersWithoutGlyph(JSON.stringify(sheet));
  return (
    <Document title={`MassageRx referral ${sheet.referralId}`} author="MassageRx" subject="Massage therapy referral" creator="MassageRx">
      <Page size="LETTER" style={s.page} wrap>
        <Watermark mark={sheet.statusMark} />
        <PageTag tag={sheet.pageTag} />
        <TherapistPdfCopy sheet={sheet} missingGlyphs={missingGlyphs} code={code} />
        <Footer sheet={sheet} />
      </Page>
      <Page size="LETTER" style={s.page} wrap>
        <Watermark mark={sheet.statusMark} />
        <PageTag tag={sheet.pageTag} />
        <PatientPdfCopy sheet={sheet} missingGlyphs={missingGlyphs} />
        <Footer sheet={sheet} />
      </Page>
    </Document>
  );
}

export async function renderReferralPdf(sheet: ReferralSheet, code: ReferralCodeMark | null = null): Promise<Buffer> {
  await preparePdfFont();
  return renderToBuffer(ReferralPdfDocument({ sheet, code }));
}
