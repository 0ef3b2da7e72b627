import { runToEnd } from '@/lib/slices';
import { englishStem, StemVocabulary } from './stem';
import { analyze, meaningful } from './tokenize';
import type { SearchDoc } from './types';
import { WEIGHTS } from './weights';

/**
 * Stage 2, candidates: an inverted index of stems scored by BM25F. Titles, keywords and French text are
 * stemmed in French; the English originals in English.
 *
 * Each field is normalised by its own length (`WEIGHTS.bm25.b`): a long section's text or English original
 * does not outweigh a short one's just by holding more words. The French text and its English original say
 * the same thing in two languages, so a term found in both (product names, identifiers, commands) counts
 * once, by the better of the two, not twice: documents with an English original no longer rank above the
 * others for every shared identifier.
 */
export type Posting = { doc: number; tf: number };

export type InvertedIndex = {
  postings: Map<string, Posting[]>;
  /** Per document: ` stem stem … ` (title, text, English) for word-pair checks. */
  sequences: string[];
  /** Every stem, sorted (prefix look-ups by binary search). */
  vocabulary: string[];
  stems: StemVocabulary;
  idf(term: string): number;
  bm25(posting: Posting, term: string): number;
  prefixTerms(prefix: string, limit: number): string[];
};

type Field = keyof typeof WEIGHTS.fields;

/** A word written in camel case: PowerShell cmdlets and parameters, log components, registry values. */
const CAMEL_CASE = /\b[A-Za-z][a-z0-9]*(?:[A-Z][a-z0-9]+|[A-Z]+(?![a-z]))+[a-z0-9]*\b/g;

/** A build or template variable left unexpanded in the source (`$(build.sense.productDisplayName)`). */
const TEMPLATE_VARIABLE = /\$\([\w.]+\)/g;

/**
 * The words a camel-case identifier is made of (`PrincipalsAllowedToRetrieveManagedPassword` -> principals,
 * allowed, retrieve, managed, password), lower case, three letters or more. An agent pastes a command or a log
 * component that the article names differently (`GroupManagedServiceAccountImpersonationHelper`, « compte
 * de service géré »): its parts still meet. Read from the text as written (case is lost once folded).
 */
export function identifierParts(text: string): string[] {
  const parts: string[] = [];
  for (const match of text.replace(TEMPLATE_VARIABLE, ' ').matchAll(CAMEL_CASE)) {
    if (!/[a-z][A-Z]/.test(match[0])) continue;
    for (const part of match[0].split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/))
      if (part.length >= 3) parts.push(part.toLowerCase());
  }
  return parts;
}
const FIELDS = Object.keys(WEIGHTS.fields) as Field[];

/**
 * A document's pseudo term frequency per stem (BM25F): each field's count weighted and divided by its
 * length relative to that field's average; the French text and the English original as one view.
 */
export function fieldFrequencies(
  fieldStems: Readonly<Record<Field, readonly string[]>>,
  averages: Readonly<Record<Field, number>>,
): Map<string, number> {
  const { b } = WEIGHTS.bm25;
  const perField = FIELDS.map((field) => {
    const stems = fieldStems[field];
    const norm = 1 - b + (b * stems.length) / Math.max(1, averages[field]);
    const counts = new Map<string, number>();
    for (const stem of stems) counts.set(stem, (counts.get(stem) ?? 0) + WEIGHTS.fields[field] / norm);
    return [field, counts] as const;
  });
  const tf = new Map<string, number>();
  const text = new Map<string, number>();
  for (const [field, counts] of perField) {
    for (const [stem, value] of counts) {
      if (field === 'text' || field === 'english') text.set(stem, Math.max(text.get(stem) ?? 0, value));
      else tf.set(stem, (tf.get(stem) ?? 0) + value);
    }
  }
  for (const [stem, value] of text) tf.set(stem, (tf.get(stem) ?? 0) + value);
  return tf;
}

export function buildInvertedIndex(docs: readonly SearchDoc[]): InvertedIndex {
  return runToEnd(invertedIndexSteps(docs));
}

/**
 * The inverted index as steps (`lib/slices.ts`): it yields after each document it stems and after each one it
 * posts, so that a page without a worker can build it in slices between key presses and frames.
 * `buildInvertedIndex` runs the same steps in one go: both give the same index by construction.
 */
export function* invertedIndexSteps(docs: readonly SearchDoc[]): Generator<undefined, InvertedIndex, undefined> {
  const stems = new StemVocabulary();
  const postings = new Map<string, Posting[]>();
  const sequences: string[] = [];
  const stemmed: Record<Field, string[]>[] = [];
  for (const doc of docs) {
    const fieldStems = {} as Record<Field, string[]>;
    for (const field of FIELDS) {
      const parts = identifierParts(doc[field]).map((part) => ({ surface: part, folded: part }));
      const tokens = [...meaningful(analyze(doc[field])), ...parts];
      fieldStems[field] =
        field === 'english'
          ? tokens.map((token) => englishStem(token.folded))
          : tokens.map((token) => stems.learn(token));
    }
    stemmed.push(fieldStems);
    yield;
  }
  const averages = {} as Record<Field, number>;
  for (const field of FIELDS) {
    // The average over the documents that have the field: most rows and steps have no English original.
    const having = stemmed.filter((fieldStems) => fieldStems[field].length > 0);
    averages[field] =
      having.reduce((sum, fieldStems) => sum + fieldStems[field].length, 0) / Math.max(1, having.length);
  }
  for (const [index, fieldStems] of stemmed.entries()) {
    sequences.push(` ${[...fieldStems.title, ...fieldStems.text, ...fieldStems.english].join(' ')} `);
    for (const [term, tf] of fieldFrequencies(fieldStems, averages)) {
      const list = postings.get(term);
      if (list) list.push({ doc: index, tf });
      else postings.set(term, [{ doc: index, tf }]);
    }
    yield;
  }
  const count = docs.length;
  const vocabulary = [...postings.keys()].sort();
  yield;
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
  const { k1 } = WEIGHTS.bm25;
  return {
    postings,
    sequences,
    vocabulary,
    stems,
    idf,
    bm25: ({ tf }, term) => idf(term) * ((tf * (k1 + 1)) / (tf + k1)),
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
