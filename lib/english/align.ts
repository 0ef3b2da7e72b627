import { contentFileExists, readContentFile } from '@/lib/content-files';
import { expandCodeRanges } from '@/lib/tables/ranges';

/**
 * The English originals of the articles (`content/english/<slug>.md`, DocFX Markdown as Learn publishes it),
 * cut the way the French is: text per section anchor, and per table row keyed by its event id or code. The
 * one alignment: search indexes the English beside the French (so that an English message pasted from a
 * server lands on its row), and the pages, the `.md` export and the tickets show it as « Original anglais »
 * (`./tree.ts`). Pure reading: nothing here runs the Markdown, and a missing file is simply no English.
 */
export type EnglishArticle = {
  /** Section text by anchor (a heading's DocFX id and its explicit `<a name>` / `<span id>` aliases). */
  sections: Map<string, string>;
  /** Table rows by the anchor of the section holding the table, then by code: the row's cells, in English. */
  rows: Map<string, Map<number, string[]>>;
  /** The section as written (its tables whole), with its English heading, by the same anchors: what is shown. */
  source: Map<string, EnglishSection>;
  /** Each English row of a code as written (`<p>` kept, its code cell first), with its table's header, by anchor then code. */
  rowSource: Map<string, Map<number, EnglishRow[]>>;
};

export type EnglishSection = { heading: string; depth: number; markdown: string };
export type EnglishRow = { header: readonly string[]; cells: readonly string[] };

const HEADING = /^(#{1,6})\s+(.*?)\s*$/;
const EXPLICIT_ANCHOR = /<a\s+name="([^"]+)"\s*>\s*<\/a>|<span\s+id="([^"]+)"\s*\/?>(?:\s*<\/span>)?/g;
const TABLE_LINE = /^\s*\|/;
const SEPARATOR_ROW = /^\s*\|[\s:|-]+\|?\s*$/;

/** DocFX's heading id: lower case, punctuation dropped, spaces to `-`. */
export function docfxId(heading: string): string {
  return heading
    .replace(EXPLICIT_ANCHOR, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s+/g, '-');
}

/** The codes a table's first cell names: `` `5` ``, ``13-14``, `0x87D1FDE8`, `1819`; none for an empty cell. */
export function codesOfCell(cell: string): number[] {
  const plain = cell.replace(/[`*\s]/g, '');
  if (/^0x[0-9a-f]{1,8}$/i.test(plain)) return [Number.parseInt(plain.slice(2), 16)];
  if (/^\d{1,5}(?:-\d{1,5})?(?:,\d{1,5}(?:-\d{1,5})?)*$/.test(plain)) return expandCodeRanges(plain.split(','));
  return [];
}

/** A Markdown table line's cells as written (the `|` inside inline code is rare in these tables and not handled). */
function rawCellsOf(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

/** A table line's cells as text: `<p>` and `<br>` read as spaces. */
function cellsOf(line: string): string[] {
  return rawCellsOf(line).map((cell) => cell.replace(/<\/?(?:p|br)\s*\/?>/gi, ' ').trim());
}

/** Cuts an English original into sections and table rows. */
export function parseEnglishArticle(markdown: string): EnglishArticle {
  const sections = new Map<string, string>();
  const rows = new Map<string, Map<number, string[]>>();
  const source = new Map<string, EnglishSection>();
  const rowSource = new Map<string, Map<number, EnglishRow[]>>();
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  let anchors: string[] = [];
  let pending: string[] = [];
  let lines: string[] = [];
  let raw: string[] = [];
  let heading = { heading: '', depth: 0 };
  let lastCodes: number[] = [];
  let previous = '';
  let header: string[] = [];
  const flush = () => {
    const text = lines.join('\n').trim();
    const section = { ...heading, markdown: raw.join('\n').trim() };
    for (const anchor of anchors) {
      sections.set(anchor, text);
      source.set(anchor, section);
    }
    lines = [];
    raw = [];
  };
  for (const line of body.split(/\r?\n/)) {
    const title = HEADING.exec(line);
    if (title) {
      flush();
      const explicit = [...line.matchAll(EXPLICIT_ANCHOR)].map((m) => (m[1] ?? m[2]) as string);
      anchors = [docfxId(title[2] as string), ...explicit, ...pending];
      heading = {
        heading: (title[2] as string).replace(EXPLICIT_ANCHOR, '').trim(),
        depth: (title[1] as string).length,
      };
      pending = [];
      lastCodes = [];
      continue;
    }
    const aliases = [...line.matchAll(EXPLICIT_ANCHOR)].map((m) => (m[1] ?? m[2]) as string);
    if (aliases.length && !line.replace(EXPLICIT_ANCHOR, '').trim()) {
      pending.push(...aliases);
      continue;
    }
    raw.push(line);
    const before = previous;
    previous = line;
    if (SEPARATOR_ROW.test(line)) {
      // Column names as text: Learn bolds some (`**Error Code**`).
      header = TABLE_LINE.test(before) ? cellsOf(before).map((cell) => cell.replace(/[*_`]/g, '')) : [];
      continue;
    }
    if (TABLE_LINE.test(line)) {
      const [first = '', ...rest] = cellsOf(line);
      // A row with an empty code cell continues the row above (Intune's 0x87D1FDE8 has four causes).
      const codes = first === '' && rest.some(Boolean) ? lastCodes : codesOfCell(first);
      if (codes.length && anchors[0] !== undefined) {
        const byCode = rows.get(anchors[0]) ?? new Map<number, string[]>();
        for (const code of codes) byCode.set(code, [...(byCode.get(code) ?? []), ...rest.filter(Boolean)]);
        rows.set(anchors[0], byCode);
        const sourceByCode = rowSource.get(anchors[0]) ?? new Map<number, EnglishRow[]>();
        const row: EnglishRow = { header, cells: rawCellsOf(line) };
        for (const code of codes) sourceByCode.set(code, [...(sourceByCode.get(code) ?? []), row]);
        rowSource.set(anchors[0], sourceByCode);
        lastCodes = codes;
        continue;
      }
    }
    lines.push(line);
  }
  flush();
  return { sections, rows, source, rowSource };
}

const cache = new Map<string, EnglishArticle | undefined>();

/** The English original of an article, if the content folder has one. */
export function englishArticle(slug: string): EnglishArticle | undefined {
  if (!cache.has(slug)) {
    const file = `english/${slug}.md`;
    cache.set(slug, contentFileExists(file) ? parseEnglishArticle(readContentFile(file)) : undefined);
  }
  return cache.get(slug);
}

/** The English cells of the rows a French row answers to (its codes, each aligned on its own). */
export function englishRowText(article: string, anchor: string, codes: readonly number[]): string {
  const byCode = englishArticle(article)?.rows.get(anchor);
  if (!byCode) return '';
  return [...new Set(codes.flatMap((code) => byCode.get(code) ?? []))].join('\n');
}

/** The English text of a section, by its anchor. */
export function englishSectionText(article: string, anchor: string): string {
  return englishArticle(article)?.sections.get(anchor) ?? '';
}

/** What does not align: French sections and row codes with no English counterpart, reported, never guessed. */
export function englishGaps(
  article: string,
  anchors: readonly string[],
  tables: readonly { anchor: string; codes: readonly number[] }[],
): { sections: string[]; codes: number[] } {
  const english = englishArticle(article);
  if (!english) return { sections: [...anchors], codes: tables.flatMap((table) => table.codes) };
  return {
    sections: anchors.filter((anchor) => !english.sections.has(anchor)),
    codes: tables.flatMap(({ anchor, codes }) => codes.filter((code) => !english.rows.get(anchor)?.has(code))),
  };
}
