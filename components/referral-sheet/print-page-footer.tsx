import type { ReferralSheet } from "@/lib/domain/referral/referral-sheet";

/** A CSS string literal for any text: quotes and backslashes escaped, line breaks dropped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\r\n\f]+/g, " ").replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

/**
 * The footer of every printed page ("MassageRx referral <id> · <date> · page 2 of 3"), drawn by the
 * browser in the page's bottom margin (a CSS page-margin box), so it can never cover the sheet's text:
 * a `position: fixed` footer did, at the bottom of every page. It keeps each loose page tied to its
 * referral. An amendment, or a version an amendment replaced, also says so in the top margin of every
 * page (sheet.pageTag). Browsers without margin boxes print neither; both copies still carry the id and
 * the amendment banner at their top.
 */
export function printFooterCss(sheet: Pick<ReferralSheet, "referralId" | "referralDate" | "pageTag">): string {
  const label = cssString(`MassageRx referral ${sheet.referralId} · ${sheet.referralDate} · page `);
  const footer = `@bottom-center { content: ${label} counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #334155; }`;
  const header = sheet.pageTag
    ? ` @top-center { content: ${cssString(sheet.pageTag)}; font: bold 9pt system-ui, sans-serif; color: #581c87; }`
    : "";
  return `@page { ${footer}${header} }`;
}

export function PrintPageFooter({ sheet }: { sheet: Pick<ReferralSheet, "referralId" | "referralDate" | "pageTag"> }) {
  return <style>{printFooterCss(sheet)}</style>;
}
