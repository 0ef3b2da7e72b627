import { describe, expect, it } from 'vitest';
import { coreDocuments, mergeSearchText, splitSearchData } from './split-data';
import type { SearchData, SearchDoc } from './types';

const doc = (i: number, words: number): SearchDoc => ({
  href: `/articles/page-${Math.floor(i / 8)}#section-${i}`,
  kind: 'section',
  title: `Titre ${i}`,
  breadcrumb: [`Page ${Math.floor(i / 8)}`],
  text: Array.from({ length: words }, (_, w) => `mot${w}`).join(' '),
  english: `section ${i}`,
  keywords: 'Microsoft Defender pour Identity',
  codes: [],
  product: 'azure-atp',
});
const row = (i: number): SearchDoc => ({
  href: `/codes/intune#0x${(0x87d10000 + i).toString(16)}`,
  kind: 'row',
  title: `0x${(0x87d10000 + i).toString(16)} — ligne ${i}`,
  breadcrumb: ['Codes d’erreur Intune'],
  text: `Cellule ${i}`,
  english: i % 2 ? `English row ${i}` : '',
  keywords: 'Codes d’erreur Intune',
  codes: [0x87d10000 + i],
  codeKind: 'code32',
  table: 'intune',
});
const step: SearchDoc = {
  href: '/assistants/onboarding',
  kind: 'step',
  title: 'Assistant — départ',
  breadcrumb: [],
  text: 'Question',
  english: '',
  keywords: 'assistant',
  codes: [],
};
const data: SearchData = {
  documents: [
    ...Array.from({ length: 3200 }, (_, i) => doc(i, 200)),
    ...Array.from({ length: 40 }, (_, i) => row(i)),
    step,
  ],
  thesaurus: { french: [{ terms: ['capteur'], means: ['sensor'] }], english: [] },
};
/** What the browser receives: the files as JSON. */
const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('search data split', () => {
  it('keeps a small corpus in one file', () => {
    const small = { documents: [doc(1, 50)], thesaurus: data.thesaurus };
    expect(splitSearchData(small)).toEqual({ core: { ...small, parts: 0 }, parts: [] });
    expect(coreDocuments(overTheWire(splitSearchData(small).core))).toEqual(small.documents);
  });

  it('puts every document back whole from the first file and its text parts, field for field', () => {
    const { core, parts } = splitSearchData(data, { splitAbove: 10_000 });
    expect(core.parts).toBe(parts.length);
    expect(mergeSearchText(overTheWire(core), overTheWire(parts))).toEqual(data);
  });

  it('the first file carries no text: each document’s title, link, codes and shared fields, once each', () => {
    const { core } = splitSearchData(data, { splitAbove: 10_000 });
    const wire = JSON.stringify(core);
    expect(wire).not.toContain('mot199');
    // Shared fields (breadcrumb, keywords, product…) are written once, not once per document.
    expect(wire.split('Microsoft Defender pour Identity').length - 1).toBe(1);
    expect(wire.length).toBeLessThan(JSON.stringify(data).length / 10);
    const first = coreDocuments(overTheWire(core));
    expect(first).toHaveLength(data.documents.length);
    first.forEach((d, i) => {
      const whole = data.documents[i] as SearchDoc;
      expect({ ...d, text: whole.text, english: whole.english }).toEqual(whole);
      expect(d.text).toBe('');
    });
  });

  it('the first file’s documents keep the English words of their anchor (Learn’s English heading ids)', () => {
    const first = coreDocuments(overTheWire(splitSearchData(data, { splitAbove: 10_000 }).core));
    expect(first[5]?.english).toBe('section 5');
    expect(first.at(-1)?.english).toBe('');
  });

  it('a first file over its budget takes rows and steps first, then the shallowest sections; the rest comes with the text', () => {
    const deep: SearchDoc[] = data.documents.map((d, i) =>
      d.kind === 'section' && i % 2 ? { ...d, breadcrumb: [...d.breadcrumb, `Sous-partie ${i}`] } : d,
    );
    const input = { documents: deep, thesaurus: data.thesaurus };
    const whole = JSON.stringify(splitSearchData(input, { splitAbove: 10_000 }).core).length;
    const budget = Math.floor(whole / 3);
    const { core, parts } = splitSearchData(input, { splitAbove: 10_000, budget });
    expect(JSON.stringify(core).length).toBeLessThanOrEqual(budget);
    const first = coreDocuments(overTheWire(core));
    expect(first.length).toBeGreaterThan(100);
    expect(first.length).toBeLessThan(deep.length);
    // Every row and step is in the first file, and no subsection whose section was left out.
    expect(first.filter((d) => d.kind !== 'section')).toHaveLength(41);
    const depths = first.filter((d) => d.kind === 'section').map((d) => d.breadcrumb.length);
    if (depths.includes(2))
      expect(deep.filter((d) => d.kind === 'section' && d.breadcrumb.length === 1).length).toBe(
        depths.filter((depth) => depth === 1).length,
      );
    // The whole data comes back, in the server's order.
    expect(mergeSearchText(overTheWire(core), overTheWire(parts))).toEqual(input);
  });
});
