import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { flatMapNodes, isFlowParent, text, textElement, type ConvertContext } from './mdast';

/** Tables of a source: GFM tables with `<p>`/`<br>` in cells, HTML `<table>` blocks, DocFX's table furniture. */

/** Paragraph breaks in a cell: `<p>` and `<br>` become line breaks (a table cell holds one line). */
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

/**
 * An HTML `<table>` block becomes a GFM table: its cells' HTML is read as Markdown, like the rest of the
 * article, and goes through every other construct (a table the importer cannot read stays visible text).
 */
export function convertHtmlTables(tree: Root, context: ConvertContext): void {
  flatMapNodes(tree, (node) => {
    if (node.type !== 'html' || !/^<table[\s>]/i.test(node.value) || !/<\/table>\s*$/i.test(node.value))
      return undefined;
    const rows = htmlTableToRows(node.value);
    return rows.length ? context.fragment(rows.join('\n'), node) : undefined;
  });
}

const BR = /^<br\s*\/?>$/i;

const br = () => textElement('br');

/** A cell's `<p>` (a paragraph in Learn's cells) as two line breaks, `</p>` as a space; no blanks around breaks. */
function cellBreaks(children: readonly PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let afterBreak = false;
  for (const child of children) {
    const paragraph = child.type === 'html' && /^<p>$/i.test(child.value);
    const closing = child.type === 'html' && /^<\/p>$/i.test(child.value);
    const last = out.at(-1);
    if (paragraph && last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.trimEnd() };
    if (paragraph) out.push(br(), br());
    else if (closing) out.push(text(' '));
    else out.push(afterBreak && child.type === 'text' ? { ...child, value: child.value.trimStart() } : child);
    afterBreak = paragraph;
  }
  return out;
}

/**
 * Line breaks and DocFX's table furniture: `<br>` in a sentence or a cell is a line break (`<br />`);
 * alone on its line, like `****` and a lone `|` row, it is furniture DocFX leaves around its tables.
 */
export function convertBreaks(tree: Root, context: ConvertContext): void {
  const furniture = (node: Nodes, written: string) => context.sourceOf(node).trim() === written;
  flatMapNodes(tree, (node, parent): RootContent[] | undefined => {
    if (node.type === 'html' && BR.test(node.value.trim())) return isFlowParent(parent) ? [] : [br()];
    if (node.type === 'thematicBreak' && furniture(node, '****')) return [];
    if (node.type === 'tableRow' && furniture(node, '|')) return [];
    if (node.type === 'tableCell') node.children = cellBreaks(node.children);
    return undefined;
  });
}
