import { routes } from '@/lib/routes';
import { CODE_TABLES, rowId } from '@/lib/tables/code-tables-meta';
import { foldText } from '@/lib/text/fold';
import type { CodeSignal } from './signals';
import type { SearchDoc } from './types';
import { WEIGHTS } from './weights';

/**
 * Stage 4, code hits: a document that answers to a code of the query gets a score no text match
 * reaches. An event id counts on its own log's rows when the query names the log, on no other log's.
 */
export type CodeHit = { score: number; terms: string[]; code?: number; signal?: CodeSignal };

function gainOf(doc: SearchDoc, signal: CodeSignal): number {
  const w = WEIGHTS.codes;
  switch (signal.kind) {
    case 'code32':
      // A small value (0x5) is an event id or a status only where a document says it is a 32-bit code.
      if (signal.value < w.smallCode32 && doc.codeKind !== 'code32') return 0;
      return doc.kind === 'row' ? w.code32Row : w.code32Section;
    case 'number':
      // A query about a status value: its bare numbers are no hint for an event or a case row.
      if (signal.context && doc.codeKind && doc.codeKind !== signal.context) return 0;
      return doc.kind === 'row' ? w.plainNumberRow : w.plainNumberSection;
    case 'event':
      if (doc.codeKind !== 'event') return 0;
      if (signal.log === undefined || doc.eventLog === undefined) return w.keyed;
      return signal.log === doc.eventLog ? w.eventOfItsLog : 0;
    default:
      return signal.kind === doc.codeKind ? w.keyed : 0;
  }
}

export function codeHit(doc: SearchDoc, signals: readonly CodeSignal[]): CodeHit {
  let score = 0;
  let code: number | undefined;
  let first: CodeSignal | undefined;
  const terms: string[] = [];
  for (const signal of signals) {
    if (!doc.codes.includes(signal.value)) continue;
    const gain = gainOf(doc, signal);
    if (gain === 0) continue;
    score += gain;
    code ??= signal.value;
    first ??= signal;
    terms.push(foldText(signal.text).replace(/^-/, '').replace(/[ .]/g, ''));
  }
  return code === undefined || first === undefined ? { score, terms } : { score, terms, code, signal: first };
}

/** The result's link: a row found through one code of its range links to that code's own id. */
export function resultHref(doc: SearchDoc, matchedCode: number | undefined): string {
  if (!doc.table || !CODE_TABLES[doc.table].idPerCode || matchedCode === undefined || !doc.codes.includes(matchedCode))
    return doc.href;
  return routes.codeRow(doc.table, rowId(doc.table, matchedCode));
}
