import { englishStem, StemVocabulary } from './stem';
import { analyze, meaningful } from './tokenize';
import type { SearchDoc } from './types';
import { WEIGHTS } from './weights';

/**
 * Stage 2, candidates: an inverted index of stems with field-weighted term frequencies, scored by BM25.
 * Titles, keywords and French text are stemmed in French; the English originals in English.
 */
export type Posting = { doc: number; tf: number };

export type InvertedIndex = {
  postings: Map<string, Posting[]>;
  /** Per document: its length in stems (title and text), and ` stem stem … ` for word-pair checks. */
  lengths: Float64Array;
  sequences: string[];
  averageLength: number;
  /** Every stem, sorted (prefix look-ups by binary search). */
  vocabulary: string[];
  stems: StemVocabulary;
  idf(term: string): number;
  bm25(posting: Posting, term: string): number;
  prefixTerms(prefix: string, limit: number): string[];
};

type Field = keyof typeof WEIGHTS.fields;

export function buildInvertedIndex(docs: readonly SearchDoc[]): InvertedIndex {
  const stems = new StemVocabulary();
  const postings = new Map<string, Posting[]>();
  const lengths = new Float64Array(docs.length);
  const sequences: string[] = [];
  docs.forEach((doc, index) => {
    const weights = new Map<string, number>();
    const sequence: string[] = [];
    for (const field of Object.keys(WEIGHTS.fields) as Field[]) {
      const tokens = meaningful(analyze(doc[field]));
      const fieldStems =
        field === 'english'
          ? tokens.map((token) => englishStem(token.folded))
          : tokens.map((token) => stems.learn(token));
      if (field === 'text' || field === 'title') lengths[index] = (lengths[index] as number) + fieldStems.length;
      if (field !== 'keywords') sequence.push(...fieldStems);
      for (const stem of fieldStems) weights.set(stem, (weights.get(stem) ?? 0) + WEIGHTS.fields[field]);
    }
    lengths[index] = Math.max(1, lengths[index] as number);
    sequences.push(` ${sequence.join(' ')} `);
    for (const [term, tf] of weights) {
      const list = postings.get(term);
      if (list) list.push({ doc: index, tf });
      else postings.set(term, [{ doc: index, tf }]);
    }
  });
  const count = docs.length;
  const averageLength = lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, count);
  const vocabulary = [...postings.keys()].sort();
  const idfCache = new Map<string, number>();
  const idf = (term: string) => {
    let value = idfCache.get(term);
    if (value === undefined) {
      const df = postings.get(term)?.length ?? 0;
      value = Math.log(1 + (count - df + 0.5) / (df + 0.5));
      idfCache.set(term, value);
    }
    return value;
  };
  const { k1, b } = WEIGHTS.bm25;
  return {
    postings,
    lengths,
    sequences,
    averageLength,
    vocabulary,
    stems,
    idf,
    bm25: ({ doc, tf }, term) =>
      idf(term) * ((tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * (lengths[doc] as number)) / averageLength))),
    prefixTerms(prefix, limit) {
      let low = 0;
      let high = vocabulary.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if ((vocabulary[mid] as string) < prefix) low = mid + 1;
        else high = mid;
      }
      const found: string[] = [];
      for (let i = low; i < vocabulary.length && found.length < limit; i++) {
        const term = vocabulary[i] as string;
        if (!term.startsWith(prefix)) break;
        if (term !== prefix) found.push(term);
      }
      return found;
    },
  };
}
