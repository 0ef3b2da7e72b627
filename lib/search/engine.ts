import Fuse from 'fuse.js';
import { foldText } from '@/lib/text/fold';
import { ENGLISH_TO_FRENCH } from './english-terms';
import { extractSignals, type CodeSignal } from './signals';
import { snippet } from './snippet';
import { foldForSearch, keywords, tokenize } from './tokenize';
import type { SearchDoc, SearchResult } from './types';

/**
 * Search over the portal's documents, the same code on the server (/recherche renders results) and in
 * the browser (results as the agent types).
 *
 * 1. Codes first: a query that holds a code (any notation), an event id, an enrollment status or a case
 *    number gives the rows that answer to it a score no text match can reach.
 * 2. An inverted index of folded, lightly stemmed tokens narrows the candidates (BM25 with field
 *    weights). Query words missing from the vocabulary are expanded by prefix (as-you-type) and, for
 *    typos, by fuse.js over the vocabulary.
 * 3. Candidates get a bonus for query word pairs found side by side (pasted phrases and commands), and
 *    fuse.js re-ranks the best of them on title and text (`ignoreLocation`, folded text, one window of
 *    32 characters: fuse.js splits longer patterns).
 */

export type SearchOptions = { limit?: number };

export type SearchIndex = {
  search(query: string, options?: SearchOptions): SearchResult[];
  /** The query with each unknown word replaced by its nearest known word, if that changes anything. */
  suggest(query: string): string | undefined;
  readonly size: number;
};

/** Query text beyond this is ignored: a pasted page still answers at once (hostile input too). */
export const MAX_QUERY_LENGTH = 5000;
const MAX_QUERY_TOKENS = 120;
const FIELD_WEIGHTS = { title: 3, keywords: 1.5, text: 1, english: 0.8 } as const;
const K1 = 1.2;
const B = 0.5;
const RERANK_COUNT = 12;
/** fuse.js reads the title and this much of the text: its cost grows with the text it scans. */
const RERANK_TEXT = 1000;

export function stem(token: string): string {
  return token.length > 4 && token.endsWith('s') && !token.endsWith('ss') ? token.slice(0, -1) : token;
}

type Posting = { doc: number; tf: number };

type Prepared = {
  doc: SearchDoc;
  length: number;
  /** ` token token … `: word pairs are found with a substring test. */
  sequence: string;
  foldedTitle: string;
  foldedText: string;
  rerankText: string;
};

function codeScore(doc: SearchDoc, signals: readonly CodeSignal[]): { score: number; terms: string[]; code?: number } {
  let score = 0;
  let code: number | undefined;
  const terms: string[] = [];
  for (const signal of signals) {
    if (!doc.codes.includes(signal.value)) continue;
    let gain = 0;
    if (signal.kind === 'code32') gain = doc.kind === 'row' ? 60 : 30;
    else if (signal.kind === doc.codeKind) gain = 30;
    else if (signal.kind === 'number') gain = doc.kind === 'row' ? 6 : 3;
    if (gain > 0) {
      score += gain;
      code ??= signal.value;
      terms.push(foldText(signal.text).replace(/^-/, ''));
    }
  }
  return code === undefined ? { score, terms } : { score, terms, code };
}

/** The result's link: a row found through one code of its range links to that code's own id. */
export function resultHref(doc: SearchDoc, matchedCode: number | undefined): string {
  if (doc.codeAnchorPrefix === undefined || matchedCode === undefined || !doc.codes.includes(matchedCode)) return doc.href;
  return doc.href.replace(/#.*$/, `#${doc.codeAnchorPrefix}${matchedCode}`);
}

export function createSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  const postings = new Map<string, Posting[]>();
  const prepared: Prepared[] = docs.map((doc, index) => {
    const weights = new Map<string, number>();
    let length = 0;
    for (const [field, weight] of Object.entries(FIELD_WEIGHTS) as [keyof typeof FIELD_WEIGHTS, number][]) {
      const tokens = keywords(doc[field]).map(stem);
      if (field === 'text' || field === 'title') length += tokens.length;
      for (const token of tokens) weights.set(token, (weights.get(token) ?? 0) + weight);
    }
    for (const [term, tf] of weights) {
      const list = postings.get(term);
      if (list) list.push({ doc: index, tf });
      else postings.set(term, [{ doc: index, tf }]);
    }
    const sequence = ` ${[doc.title, doc.text, doc.english].flatMap((field) => keywords(field).map(stem)).join(' ')} `;
    const foldedText = foldForSearch(doc.text);
    return { doc, length: Math.max(1, length), sequence, foldedTitle: foldForSearch(doc.title), foldedText, rerankText: foldedText.slice(0, RERANK_TEXT) };
  });
  const count = prepared.length;
  const averageLength = prepared.reduce((sum, p) => sum + p.length, 0) / Math.max(1, count);
  const vocabulary = [...postings.keys()].sort();
  const idf = (term: string) => {
    const df = postings.get(term)?.length ?? 0;
    return Math.log(1 + (count - df + 0.5) / (df + 0.5));
  };

  // Typos rarely touch the first letter: fuse.js looks only at the words that share it, of a similar
  // length (a few hundred words instead of the whole vocabulary), one cached Fuse per first letter.
  const buckets = new Map<string, Fuse<string>>();
  /** Known words near a typed word. Search uses close ones; a spelling suggestion may go further. */
  const fuzzyTerms = (token: string, threshold = 0.34): { term: string; weight: number }[] => {
    const letter = token[0] as string;
    let fuse = buckets.get(letter);
    if (!fuse) {
      const words = vocabulary.filter((term) => term[0] === letter && term.length >= 3 && !/\d/.test(term));
      fuse = new Fuse(words, { includeScore: true, threshold: 0.6, ignoreLocation: true, minMatchCharLength: 3 });
      buckets.set(letter, fuse);
    }
    return fuse
      .search(token, { limit: 3 })
      .filter((hit) => (hit.score ?? 1) < threshold && Math.abs(hit.item.length - token.length) <= 3)
      .map((hit) => ({ term: hit.item, weight: 0.7 * (1 - (hit.score ?? 0)) }));
  };

  const prefixTerms = (token: string, limit: number): string[] => {
    let low = 0;
    let high = vocabulary.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((vocabulary[mid] as string) < token) low = mid + 1;
      else high = mid;
    }
    const found: string[] = [];
    for (let i = low; i < vocabulary.length && found.length < limit; i++) {
      const term = vocabulary[i] as string;
      if (!term.startsWith(token)) break;
      if (term !== token) found.push(term);
    }
    return found;
  };

  /** The terms a query word stands for, with how much each counts. */
  const expand = (token: string, isLast: boolean, allowFuzzy: boolean): { term: string; weight: number }[] => {
    const terms: { term: string; weight: number }[] = [];
    const known = postings.has(token);
    if (known) terms.push({ term: token, weight: 1 });
    // Prefixes for the word being typed, or a word the corpus only has longer (installe -> installation).
    if ((isLast || !known) && token.length >= 3 && !/^\d+$/.test(token)) {
      for (const term of prefixTerms(token, 12)) terms.push({ term, weight: isLast ? 0.9 : 0.6 });
    }
    // An English word of an event log also stands for the French words of the articles.
    for (const french of ENGLISH_TO_FRENCH[token] ?? []) {
      if (french.endsWith('*')) {
        for (const term of prefixTerms(french.slice(0, -1), 8)) terms.push({ term, weight: 0.8 });
        if (postings.has(french.slice(0, -1))) terms.push({ term: french.slice(0, -1), weight: 0.8 });
      } else if (postings.has(stem(french))) {
        terms.push({ term: stem(french), weight: 0.8 });
      }
    }
    if (allowFuzzy && terms.length === 0 && token.length >= 4 && !/\d/.test(token)) terms.push(...fuzzyTerms(token));
    return terms;
  };

  function search(rawQuery: string, options: SearchOptions = {}): SearchResult[] {
    const limit = options.limit ?? 10;
    const query = rawQuery.slice(0, MAX_QUERY_LENGTH);
    if (!query.trim()) return [];
    const signals = extractSignals(query).codes;
    const typedAhead = !/\s$/.test(query);
    const allTokens = keywords(query).map(stem);
    const tokens = [...new Set(allTokens)].slice(0, MAX_QUERY_TOKENS);

    const scores = new Float64Array(count);
    const covered = new Uint16Array(count);
    const matched = new Map<number, Set<string>>();
    const note = (doc: number, term: string) => {
      const set = matched.get(doc);
      if (set) set.add(term);
      else matched.set(doc, new Set([term]));
    };

    // Typos are looked for in what agents type (a few words), not in pasted logs full of unknown tokens.
    let fuzzyBudget = tokens.length <= 8 ? 3 : 0;
    tokens.forEach((token, position) => {
      const best = new Map<number, number>();
      const allowFuzzy = fuzzyBudget > 0 && !postings.has(token);
      if (allowFuzzy) fuzzyBudget--;
      for (const { term, weight } of expand(token, typedAhead && position === tokens.length - 1, allowFuzzy)) {
        const termIdf = idf(term);
        for (const { doc, tf } of postings.get(term) ?? []) {
          const length = (prepared[doc] as Prepared).length;
          const value = weight * termIdf * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / averageLength)));
          if (value > (best.get(doc) ?? 0)) best.set(doc, value);
          note(doc, term);
        }
      }
      for (const [doc, value] of best) {
        scores[doc] = (scores[doc] as number) + value;
        covered[doc] = (covered[doc] as number) + 1;
      }
    });

    // Documents that match more of the query's words come first; word pairs side by side count extra.
    const pairs: string[] = [];
    for (let i = 0; i + 1 < allTokens.length && pairs.length < 40; i++) pairs.push(` ${allTokens[i]} ${allTokens[i + 1]} `);
    const candidates: number[] = [];
    for (let doc = 0; doc < count; doc++) {
      if (scores[doc] === 0) continue;
      const coverage = (covered[doc] as number) / tokens.length;
      scores[doc] = (scores[doc] as number) * (0.3 + 0.7 * coverage * coverage);
      candidates.push(doc);
    }
    const shortlist = topK(candidates, scores, 60);
    for (const doc of shortlist) {
      const sequence = (prepared[doc] as Prepared).sequence;
      let hits = 0;
      for (const pair of pairs) if (sequence.includes(pair)) hits++;
      if (hits) scores[doc] = (scores[doc] as number) * (1 + Math.min(1.5, (0.6 * hits) / Math.max(1, pairs.length) + 0.15 * hits));
    }

    // Exact code hits.
    const matchedCodes = new Map<number, number>();
    if (signals.length) {
      for (let doc = 0; doc < count; doc++) {
        const { score, terms, code } = codeScore((prepared[doc] as Prepared).doc, signals);
        if (score === 0) continue;
        if (code !== undefined) matchedCodes.set(doc, code);
        if (scores[doc] === 0) shortlist.push(doc);
        scores[doc] = (scores[doc] as number) + score;
        for (const term of terms) note(doc, term);
      }
    }

    // fuse.js re-ranks the best candidates on a 32-character window of the query around its rarest word.
    const ranked = [...new Set(shortlist)].sort((a, b) => (scores[b] as number) - (scores[a] as number)).slice(0, Math.max(limit, 30));
    const reranked = ranked.slice(0, RERANK_COUNT);
    const pattern = fuseWindow(foldForSearch(query), tokens, idf);
    if (pattern && reranked.length > 1) {
      const top = scores[reranked[0] as number] as number;
      const fuse = new Fuse(reranked, {
        keys: [
          { name: 'title', weight: 2, getFn: (doc) => (prepared[doc] as Prepared).foldedTitle },
          { name: 'text', weight: 1, getFn: (doc) => (prepared[doc] as Prepared).rerankText },
        ],
        includeScore: true,
        ignoreLocation: true,
        ignoreFieldNorm: true,
        threshold: 0.45,
      });
      for (const hit of fuse.search(pattern)) {
        scores[hit.item] = (scores[hit.item] as number) + 0.12 * top * (1 - (hit.score ?? 1));
      }
      ranked.sort((a, b) => (scores[b] as number) - (scores[a] as number));
    }

    // A long tail of weak matches (one common word) is noise for the agent: keep what is close to the best.
    const floor = 0.08 * ((scores[ranked[0] as number] as number) || 0);
    return ranked.filter((doc) => (scores[doc] as number) >= floor).slice(0, limit).map((doc) => {
      const { doc: source } = prepared[doc] as Prepared;
      const terms = [...(matched.get(doc) ?? [])].sort((a, b) => b.length - a.length);
      const inText = terms.some((term) => (prepared[doc] as Prepared).foldedText.includes(term));
      // The English original (004) makes the snippet when only it matched; anchor words alone are too short.
      const english = !inText && source.english.length > 120;
      return {
        ...(english ? { snippetLang: 'en' as const } : {}),
        href: resultHref(source, matchedCodes.get(doc)),
        kind: source.kind,
        title: source.title,
        breadcrumb: source.breadcrumb,
        snippet: snippet(english ? source.english : source.text, terms),
        terms,
        score: Math.round((scores[doc] as number) * 1000) / 1000,
      };
    });
  }

  function suggest(rawQuery: string): string | undefined {
    const words = tokenize(rawQuery.slice(0, 300));
    let changed = false;
    const corrected = words.map((word) => {
      if (word.length < 4 || /\d/.test(word) || postings.has(stem(word)) || prefixTerms(word, 1).length) return word;
      const [best] = fuzzyTerms(word, 0.55);
      if (!best) return word;
      changed = true;
      return best.term;
    });
    return changed ? corrected.join(' ') : undefined;
  }

  return { search, suggest, size: count };
}

/** The k best documents by score, best first, without sorting every candidate. */
function topK(candidates: readonly number[], scores: Float64Array, k: number): number[] {
  if (candidates.length <= k) return [...candidates].sort((a, b) => (scores[b] as number) - (scores[a] as number));
  const best: number[] = [];
  let floor = -Infinity;
  for (const doc of candidates) {
    const score = scores[doc] as number;
    if (best.length >= k && score <= floor) continue;
    let i = best.length;
    while (i > 0 && (scores[best[i - 1] as number] as number) < score) i--;
    best.splice(i, 0, doc);
    if (best.length > k) best.pop();
    floor = scores[best[best.length - 1] as number] as number;
  }
  return best;
}

/** A window of at most 32 characters of the folded query, centred on its rarest known word. */
function fuseWindow(folded: string, tokens: readonly string[], idf: (term: string) => number): string {
  const text = folded.replace(/\s+/g, ' ').trim();
  if (text.length <= 32) return text;
  let rarest = '';
  let rarestIdf = -1;
  for (const token of tokens) {
    const value = idf(token);
    if (token.length > 2 && value > rarestIdf) {
      rarest = token;
      rarestIdf = value;
    }
  }
  const at = Math.max(0, text.indexOf(rarest));
  const start = Math.max(0, Math.min(at - 8, text.length - 32));
  return text.slice(start, start + 32).trim();
}
