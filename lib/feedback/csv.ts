/**
 * CSV for the lead's exports, as French spreadsheets open it: `;` between fields, CRLF, a UTF-8 BOM. A cell
 * that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, CR at its start) gets a leading `'`:
 * report texts and queries come from users (CSV injection).
 */
export type Cell = string | number | null | undefined | Date;

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}
