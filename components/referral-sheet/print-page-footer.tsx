import type { ReferralSheet } from "@/lib/domain/referral/referral-sheet";

/** A CSS string literal for any text: quotes and backslashes escaped, line breaks dropped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\r\n\f]+/g, " ").replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

/**
 * The footer of every printed page ("MassageRx referral <id> · <date> · page 2 of 3"), drawn by the
 * browser in the page's bottom margin (a CSS page-margin box), so it can never cover the sheet's text:
 * a `position: fixed` footer did, at the bottom of every page. It keeps each loose page tied to its
 * referral. Browsers without margin boxes print no footer; both copies still carry the id at their top.
 */
export function printFooterCss(sheet: Pick<ReferralSheet, "referralId" | "referralDate">): string {
  const label = cssString(`MassageRx referral ${sheet.referralId} · ${sheet.referralDate} · page `);
  return `@page { @bottom-center { content: ${label} counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #334155; } }`;
}

export function PrintPageFooter({ sheet }: { sheet: Pick<ReferralSheet, "referralId" | "referralDate"> }) {
  return <style>{printFooterCss(sheet)}</style>;
}
