/**
 * CSV for the audit export (RFC 4180). Cells that a spreadsheet would run as a formula (= + - @, tab,
 * carriage return) get a leading apostrophe: a crafted action or detail must not execute on an
 * admin's machine (OWASP "CSV injection").
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: ReadonlyArray<string | number | null | undefined>): string {
  return values.map(csvCell).join(",") + "\r\n";
}
