import { describe, expect, it } from 'vitest';
import { mergeSearchText, splitSearchData, CORE_TEXT_CHARS } from './split-data';
import type { SearchData } from './types';

const doc = (i: number, words: number) => ({
  href: `/a#${i}`,
  kind: 'section' as const,
  title: `Titre ${i}`,
  breadcrumb: [],
  text: Array.from({ length: words }, (_, w) => `mot${w}`).join(' '),
  english: '',
  keywords: '',
  codes: [],
});
const data: SearchData = {
  documents: Array.from({ length: 3200 }, (_, i) => doc(i, 200)),
  thesaurus: { french: [], english: [] },
};

describe('search data split', () => {
  it('keeps a small corpus in one file', () => {
    const small = { documents: [doc(1, 50)], thesaurus: data.thesaurus };
    expect(splitSearchData(small)).toEqual({ core: { ...small, parts: 0 }, parts: [] });
  });

  it('sends the beginning of each text first, the rest in parts, and puts it back whole', () => {
    const { core, parts } = splitSearchData(data, 10_000);
    expect(core.parts).toBe(parts.length);
    expect(parts.length).toBe(3);
    expect(core.documents.every((d) => d.text.length <= CORE_TEXT_CHARS && d.title.startsWith('Titre'))).toBe(true);
    expect(JSON.stringify(core).length).toBeLessThan(JSON.stringify(data).length / 3);
    expect(mergeSearchText(core, parts)).toEqual(data);
  });
});
