/** Tables of a source: GFM rows (with `<p>`/`<br>` in cells) and HTML `<table>` blocks. */

export function isTableRow(line: string): boolean {
  return /^\s*\|/.test(line);
}

/** Paragraph breaks in a cell: `<p>` and `<br>` become MDX line breaks (a table cell holds one line). */
export function normalizeCellBreaks(row: string): string {
  return row
    .replace(/\s*<\/p>\s*/gi, ' ')
    .replace(/\s*<p>\s*/gi, '<br /><br />')
    .replace(/<br\s*\/?>/gi, '<br />');
}

const cellText = (html: string) => normalizeCellBreaks(html).replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** An HTML `<table>` (rows of `<th>`/`<td>`) as GFM rows; the first row is the header. */
export function htmlTableToRows(html: string): string[] {
  const rows = [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gi)].map((row) =>
    [...row[1]!.matchAll(/<t([hd])[^>]*>([\s\S]*?)<\/t\1>/gi)].map((cell) => cellText(cell[2]!)),
  );
  if (rows.length === 0) return [];
  const width = Math.max(...rows.map((row) => row.length));
  const line = (cells: string[]) => `| ${[...cells, ...Array(width - cells.length).fill('')].join(' | ')} |`;
  return [line(rows[0]!), line(Array(width).fill('---')), ...rows.slice(1).map(line)];
}
