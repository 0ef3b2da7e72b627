import { describe, expect, it } from 'vitest';
import { sameShownResult } from './shown-result';
import type { SearchResult } from './types';

const result: SearchResult = {
  href: '/codes/sense#evt-7',
  kind: 'row',
  title: 'Événement 7',
  breadcrumb: ['Événements SENSE'],
  snippet: [
    { text: 'Le service ', mark: false },
    { text: 'SENSE', mark: true },
  ],
  terms: ['sense'],
  score: 12,
  evidence: { words: 2, covered: 2, lead: 0.4 },
};
/** The same result as the worker sends it again: new objects, same values. */
const copy = (changes: Partial<SearchResult> = {}): SearchResult => ({ ...structuredClone(result), ...changes });

describe('sameShownResult', () => {
  it('keeps a row whose result comes back equal, whatever its score', () => {
    expect(sameShownResult(result, copy())).toBe(true);
    expect(sameShownResult(result, copy({ score: 3, evidence: { words: 3, covered: 1, lead: 0.1 } }))).toBe(true);
  });

  it('redraws a row when anything shown or used on click changes', () => {
    expect(sameShownResult(result, copy({ href: '/codes/sense#evt-8' }))).toBe(false);
    expect(sameShownResult(result, copy({ title: 'Événement 8' }))).toBe(false);
    expect(sameShownResult(result, copy({ kind: 'section' }))).toBe(false);
    expect(sameShownResult(result, copy({ breadcrumb: ['Autre'] }))).toBe(false);
    expect(sameShownResult(result, copy({ snippetLang: 'en' }))).toBe(false);
    expect(sameShownResult(result, copy({ terms: ['sense', 'service'] }))).toBe(false);
    expect(
      sameShownResult(
        result,
        copy({
          snippet: [
            { text: 'Le service ', mark: true },
            { text: 'SENSE', mark: true },
          ],
        }),
      ),
    ).toBe(false);
    expect(sameShownResult(result, copy({ snippet: [{ text: 'Le service SENSE', mark: false }] }))).toBe(false);
  });
});
