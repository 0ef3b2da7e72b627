import { foldText } from '@/lib/text/fold';
import type { Segment } from './types';

/** Folds `text` character by character, remembering where each folded character came from. */
const foldedChars = new Map<string, string>();

function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  // ASCII: only case and whitespace change (most of the text, and the hot path of snippets).
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code <= 32 ? ' ' : char;
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    folded = foldText(char) || (/\s/.test(char) ? ' ' : '');
    foldedChars.set(char, folded);
  }
  return folded;
}

function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const piece = foldChar(text[i] as string);
    for (const char of piece) {
      folded += char;
      origin.push(i);
    }
  }
  return { folded, origin };
}

const WORD_CHAR = /[a-z0-9_]/;

/** Start offsets (in `text`) and lengths of whole-word-prefix occurrences of the terms. */
export function findTermRanges(text: string, terms: readonly string[]): [number, number][] {
  if (!terms.length) return [];
  const { folded, origin } = foldWithMap(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    if (!term) continue;
    let from = 0;
    for (;;) {
      const at = folded.indexOf(term, from);
      if (at < 0) break;
      from = at + term.length;
      if (at > 0 && WORD_CHAR.test(folded[at - 1] as string)) continue;
      // Extend to the end of the word: a prefix term marks the whole word.
      let end = at + term.length;
      while (end < folded.length && WORD_CHAR.test(folded[end] as string)) end++;
      const start = origin[at] as number;
      const stop = (origin[end - 1] as number) + 1;
      ranges.push([start, stop - start]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[0] + last[1]) last[1] = Math.max(last[1], range[0] + range[1] - last[0]);
    else merged.push([...range]);
  }
  return merged;
}

/** Splits text into plain and marked segments. */
export function markTerms(text: string, terms: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const [start, length] of findTermRanges(text, terms)) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), mark: false });
    segments.push({ text: text.slice(start, start + length), mark: true });
    cursor = start + length;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), mark: false });
  return segments;
}

/**
 * The passage of `text` (about `size` characters) holding the most matched terms, cut at word
 * boundaries, with the terms marked.
 */
export function snippet(text: string, terms: readonly string[], size = 220): Segment[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= size) return markTerms(flat, terms);
  const ranges = findTermRanges(flat, terms);
  let best = 0;
  let bestCount = -1;
  for (const [start] of ranges) {
    const windowStart = Math.max(0, start - 40);
    const count = ranges.filter(([s]) => s >= windowStart && s < windowStart + size).length;
    if (count > bestCount) {
      best = windowStart;
      bestCount = count;
    }
  }
  let start = best;
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space >= 0 && space - start < 20 ? space + 1 : start;
  }
  let end = Math.min(flat.length, start + size);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    end = space > start + size / 2 ? space : end;
  }
  const segments = markTerms(flat.slice(start, end), terms);
  if (start > 0) segments.unshift({ text: '… ', mark: false });
  if (end < flat.length) segments.push({ text: ' …', mark: false });
  return segments;
}
