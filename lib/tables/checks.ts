import { visit } from 'unist-util-visit';
import { decodeErrorCode } from '@/lib/error-code';
import { unsafeUrlScheme } from '@/lib/links';
import { parseCell } from '@/lib/mdx/markdown';
import { findOverlap } from './ranges';
import type { TableData } from './schemas';

/** A consistency problem in a data file, at a JSON path (mapped to a line by the loader). */
export type TableProblem = { path: (string | number)[]; message: string };

/** Microsoft's tables drift; ours do not: each hex code must equal its signed decimal. */
export function checkIntuneCodes(data: TableData<'intune-errors'>): TableProblem[] {
  const problems: TableProblem[] = [];
  const seen = new Set<string>();
  data.rows.forEach((row, i) => {
    const decoded = decodeErrorCode(row.hex);
    if (decoded.ok && decoded.value.signed !== row.dec) {
      problems.push({
        path: ['rows', i, 'dec'],
        message: `${row.hex} vaut ${decoded.value.signed} en décimal signé, pas ${row.dec}`,
      });
    }
    const id = row.hex.toLowerCase();
    if (seen.has(id)) problems.push({ path: ['rows', i, 'hex'], message: `code ${row.hex} en double` });
    seen.add(id);
  });
  return problems;
}

/** Enrollment status ranges must not overlap: each number has exactly one row. */
export function checkScpRanges(data: TableData<'scp-statuses'>): TableProblem[] {
  const overlap = findOverlap(data.rows.map((row) => row.codes));
  if (!overlap) return [];
  const index = data.rows.findIndex((row) => row.codes.includes(overlap[1]));
  return [{ path: ['rows', index, 'codes'], message: `la plage ${overlap[1]} chevauche ${overlap[0]}` }];
}

/** Rows keyed by a number must not repeat it, except consecutive rows (one event, several resolutions). */
export function checkUniqueKeys(keys: readonly number[], field: string): TableProblem[] {
  const problems: TableProblem[] = [];
  keys.forEach((key, i) => {
    if (i > 0 && keys[i - 1] === key) return;
    if (keys.indexOf(key) < i) problems.push({ path: ['rows', i, field], message: `${field} ${key} en double` });
  });
  return problems;
}

/**
 * Cells are Markdown: a link, image or definition whose address would run code (`javascript:`, `vbscript:`,
 * `data:`) is refused in any string of a data file, as in articles (lib/mdx/article-syntax.ts).
 */
export function checkUnsafeLinks(data: unknown, path: (string | number)[] = []): TableProblem[] {
  if (typeof data === 'string') {
    // Only a link `[](…)`, a definition `[]: …` or an autolink `<…:…>` has an address; a scheme needs a colon,
    // written or as a character reference. Most cells have neither and are not parsed.
    if (!/\]\(|\]:|</.test(data) || !/[:&]/.test(data)) return [];
    const problems: TableProblem[] = [];
    visit(parseCell(data), (node) => {
      const scheme = 'url' in node && typeof node.url === 'string' ? unsafeUrlScheme(node.url) : undefined;
      if (scheme) {
        problems.push({ path, message: `lien « ${scheme}: » refusé : un lien ne peut pas exécuter de code` });
      }
    });
    return problems;
  }
  if (Array.isArray(data)) return data.flatMap((item, i) => checkUnsafeLinks(item, [...path, i]));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => checkUnsafeLinks(value, [...path, key]));
  }
  return [];
}
