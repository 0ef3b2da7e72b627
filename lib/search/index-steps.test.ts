import { describe, expect, it } from 'vitest';
import { runInSlices } from '@/lib/slices';
import { buildSearchDocuments } from './documents';
import { createSearchIndex, searchIndexSteps } from './engine';
import { buildInvertedIndex, invertedIndexSteps } from './inverted-index';
import { loadThesaurus } from './thesaurus-file';

const docs = buildSearchDocuments();
const thesaurus = loadThesaurus();

/** Runs steps one per slice (the smallest slices there can be), counting the turns given to the event loop. */
async function oneStepPerSlice<T>(steps: Iterator<unknown, T, undefined>) {
  let pauses = 0;
  const result = await runInSlices(steps, {
    budget: 0,
    now: () => 0,
    pause: async () => {
      pauses++;
    },
  });
  return { result: result as T, pauses };
}

// Queries chosen by rule, not by hand: the title of every 5th document, its first word being typed, and its
// first code in hexadecimal and in decimal.
const queries = docs
  .filter((_, i) => i % 5 === 0)
  .flatMap((doc) => [
    doc.title,
    doc.title.split(' ')[0]?.slice(0, 4) ?? '',
    ...doc.codes.slice(0, 1).flatMap((code) => [`0x${code.toString(16)}`, String(code)]),
  ]);

describe('the index built in slices', () => {
  it('gives the page the event loop back at least once per document', async () => {
    const { pauses } = await oneStepPerSlice(searchIndexSteps(docs, { thesaurus }));
    expect(pauses).toBeGreaterThanOrEqual(docs.length * 3);
  });

  it('is the inverted index of the one-shot build', async () => {
    const { result } = await oneStepPerSlice(invertedIndexSteps(docs));
    const oneShot = buildInvertedIndex(docs);
    expect(result.postings).toEqual(oneShot.postings);
    expect(result.sequences).toEqual(oneShot.sequences);
    expect(result.vocabulary).toEqual(oneShot.vocabulary);
    expect(result.stems).toEqual(oneShot.stems);
  });

  it('answers every query as the one-shot build does', async () => {
    const { result: sliced } = await oneStepPerSlice(searchIndexSteps(docs, { thesaurus }));
    const oneShot = createSearchIndex(docs, { thesaurus });
    expect(queries.length).toBeGreaterThan(20);
    expect(sliced.size).toBe(oneShot.size);
    for (const query of queries) {
      expect(sliced.search(query, { limit: 20 }), query).toEqual(oneShot.search(query, { limit: 20 }));
      expect(sliced.suggest(query), query).toEqual(oneShot.suggest(query));
    }
  });
});
