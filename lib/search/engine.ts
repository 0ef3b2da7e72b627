import { codeHit, resultHref } from './code-hits';
import { buildInvertedIndex } from './inverted-index';
import { rerank, queryWindow } from './rerank';
import { MAX_QUERY_LENGTH } from './params';
import { extractSignals, type CodeSignal } from './signals';
import { snippet } from './snippet';
import { englishStem } from './stem';
import { compileThesaurus, EMPTY_THESAURUS, stemKeys, type Thesaurus } from './thesaurus';
import { analyze, foldForSearch, meaningful, type Token } from './tokenize';
import { createTypoMatcher } from './typos';
import type { SearchDoc, SearchResult } from './types';
import { WEIGHTS } from './weights';

/**
 * Search over the portal's documents, the same code on the server (/recherche renders results) and in
 * the browser (results as the agent types). The stages, each in its own module:
 *
 * 1. Signals (`signals.ts`): codes in any notation, event ids with their log, statuses, cases, the
 *    product named; numbers that are not codes (dates, versions, quantities…) are set aside.
 * 2. Candidates (`inverted-index.ts`): stems of the query's words (French and English Snowball) in an
 *    inverted index, BM25 with field weights; each word also stands for its thesaurus synonyms and, for
 *    the word being typed, its prefixes. Documents covering more words and word pairs side by side rank up.
 * 3. Typos (`typos.ts`): unknown words of short queries are replaced by their nearest known stems.
 * 4. Code hits (`code-hits.ts`): documents that answer to a code of the query come first.
 * 5. Re-ranking (`rerank.ts`): fuse.js on a window of the query reorders the best candidates.
 * All weights are in `weights.ts`.
 */

export type SearchOptions = { limit?: number };
export type SearchIndexOptions = { thesaurus?: Thesaurus };

export type SearchIndex = {
  search(query: string, options?: SearchOptions): SearchResult[];
  /** The query with each unknown word replaced by its nearest known word, if that changes anything. */
  suggest(query: string): string | undefined;
  readonly size: number;
};

const MAX_QUERY_TOKENS = 120;

type Expansion = { term: string; weight: number };

export function createSearchIndex(docs: readonly SearchDoc[], options: SearchIndexOptions = {}): SearchIndex {
  const index = buildInvertedIndex(docs);
  const { postings, stems } = index;
  const count = docs.length;
  const thesaurus = compileThesaurus(options.thesaurus ?? EMPTY_THESAURUS, (token) => stems.stemOf(token));
  const typos = createTypoMatcher(index.vocabulary);
  const folded = docs.map((doc) => ({ title: foldForSearch(doc.title), text: foldForSearch(doc.text) }));
  const rerankTargets = folded.map(({ title, text }) => ({ title, text: text.slice(0, WEIGHTS.rerank.textChars) }));

  /** The terms a query word stands for, with how much each counts. */
  function expand(token: Token, stem: string, typing: boolean, allowTypos: boolean): Expansion[] {
    const found = new Map<string, number>();
    const add = (term: string, weight: number) => {
      if (postings.has(term) && weight > (found.get(term) ?? 0)) found.set(term, weight);
    };
    const w = WEIGHTS.expansion;
    add(stem, 1);
    const english = englishStem(token.folded);
    if (english !== stem) add(english, w.englishStem);
    const known = found.size > 0;
    // Prefixes for the word being typed, or a word the corpus only has longer (installe -> installation).
    if ((typing || !known) && token.folded.length >= 3 && !/^\d+$/.test(token.folded)) {
      for (const prefix of new Set([stem, token.folded])) {
        for (const term of index.prefixTerms(prefix, 12)) {
          if (term.length <= prefix.length + w.prefixMaxExtra) add(term, typing ? w.typedPrefix : w.unknownPrefix);
        }
      }
    }
    for (const key of stemKeys(token, () => stem)) {
      for (const term of thesaurus.words.get(key) ?? []) add(term, w.synonym);
    }
    if (allowTypos && found.size === 0 && token.folded.length >= 4 && !/\d/.test(token.folded)) {
      for (const { term, closeness } of typos(stem)) add(term, w.typo * closeness);
    }
    return [...found].map(([term, weight]) => ({ term, weight }));
  }

  /** Thesaurus terms of several words found in the query (« coupe-feu », « ne s'affiche pas »). */
  function phraseExpansions(queryStems: readonly string[]): Expansion[][] {
    const joined = ` ${queryStems.join(' ')} `;
    return thesaurus.phrases
      .filter((phrase) => joined.includes(` ${phrase.stems.join(' ')} `))
      .map((phrase) =>
        phrase.means.filter((term) => postings.has(term)).map((term) => ({ term, weight: WEIGHTS.expansion.synonym })),
      );
  }

  function search(rawQuery: string, options: SearchOptions = {}): SearchResult[] {
    const limit = options.limit ?? 10;
    const query = rawQuery.slice(0, MAX_QUERY_LENGTH);
    if (!query.trim()) return [];
    const signals = extractSignals(query);
    const typing = !/\s$/.test(query);
    const allTokens = meaningful(analyze(signals.wordText));
    const allStems = allTokens.map((token) => stems.stemOf(token));
    const unique = new Map<string, { token: Token; stem: string }>();
    allTokens.forEach((token, i) => unique.set(token.folded, { token, stem: allStems[i] as string }));
    const words = [...unique.values()].slice(0, MAX_QUERY_TOKENS);
    const lastFolded = allTokens.at(-1)?.folded;

    const scores = new Float64Array(count);
    const covered = new Uint16Array(count);
    const matched = new Map<number, Set<string>>();
    const note = (doc: number, term: string) => {
      const set = matched.get(doc);
      if (set) set.add(term);
      else matched.set(doc, new Set([term]));
    };
    const accumulate = (expansions: readonly Expansion[], counts: boolean) => {
      const best = new Map<number, number>();
      for (const { term, weight } of expansions) {
        for (const posting of postings.get(term) ?? []) {
          const value = weight * index.bm25(posting, term);
          if (value > (best.get(posting.doc) ?? 0)) best.set(posting.doc, value);
          note(posting.doc, term);
        }
      }
      for (const [doc, value] of best) {
        scores[doc] = (scores[doc] as number) + value;
        if (counts) covered[doc] = (covered[doc] as number) + 1;
      }
    };

    let typoBudget = words.length <= WEIGHTS.typo.maxQueryWords ? WEIGHTS.typo.budget : 0;
    for (const { token, stem } of words) {
      const allowTypos = typoBudget > 0 && !postings.has(stem);
      if (allowTypos) typoBudget--;
      accumulate(expand(token, stem, typing && token.folded === lastFolded, allowTypos), true);
    }
    for (const expansions of phraseExpansions(allStems)) accumulate(expansions, false);

    // Documents that match more of the query's words come first; word pairs side by side count extra.
    const { coverage: cw, pairs: pw } = WEIGHTS;
    const pairs: string[] = [];
    for (let i = 0; i + 1 < allStems.length && pairs.length < pw.maxPairs; i++)
      pairs.push(` ${allStems[i]} ${allStems[i + 1]} `);
    const candidates: number[] = [];
    const product = signals.products.length === 1 ? signals.products[0] : undefined;
    for (let doc = 0; doc < count; doc++) {
      if (scores[doc] === 0) continue;
      const coverage = (covered[doc] as number) / Math.max(1, words.length);
      let score = (scores[doc] as number) * (cw.base + cw.span * coverage * coverage);
      const docProduct = (docs[doc] as SearchDoc).product;
      if (product && docProduct) score *= docProduct === product ? WEIGHTS.product.same : WEIGHTS.product.other;
      scores[doc] = score;
      candidates.push(doc);
    }
    const shortlist = topK(candidates, scores, pw.shortlist);
    for (const doc of shortlist) {
      const sequence = index.sequences[doc] as string;
      let hits = 0;
      for (const pair of pairs) if (sequence.includes(pair)) hits++;
      if (hits)
        scores[doc] =
          (scores[doc] as number) *
          (1 + Math.min(pw.maxBonus, (pw.perPairShare * hits) / Math.max(1, pairs.length) + pw.perHit * hits));
    }

    // Exact code hits: a tier above every text match. A long paste's text score can pass any fixed weight,
    // so a code hit also gets the best text score; a plain number (a hint) does not.
    const matchedCodes = new Map<number, CodeSignal>();
    const listed = new Set(shortlist);
    if (signals.codes.length) {
      const bestText = shortlist.length ? (scores[shortlist[0] as number] as number) : 0;
      for (let doc = 0; doc < count; doc++) {
        const { score, terms, signal } = codeHit(docs[doc] as SearchDoc, signals.codes);
        if (score === 0) continue;
        if (signal) matchedCodes.set(doc, signal);
        listed.add(doc);
        scores[doc] = (scores[doc] as number) + score + (score >= WEIGHTS.codes.keyed ? bestText : 0);
        for (const term of terms) note(doc, term);
      }
    }

    const byScore = (a: number, b: number) => (scores[b] as number) - (scores[a] as number);
    const ranked = [...listed].sort(byScore).slice(0, Math.max(limit, 30));
    const pattern = queryWindow(
      foldForSearch(signals.wordText),
      words.map(({ token, stem }) => ({ folded: token.folded, idf: index.idf(stem) })),
    );
    if (
      rerank(
        ranked.slice(0, WEIGHTS.rerank.count),
        pattern,
        (doc) => rerankTargets[doc] as { title: string; text: string },
        scores,
      )
    )
      ranked.sort(byScore);

    const floor = WEIGHTS.floor * ((scores[ranked[0] as number] as number) || 0);
    return ranked
      .filter((doc) => (scores[doc] as number) >= floor)
      .slice(0, limit)
      .map((doc) => {
        const source = docs[doc] as SearchDoc;
        const terms = [...(matched.get(doc) ?? [])].sort((a, b) => b.length - a.length);
        const inText = terms.some((term) => (folded[doc] as { text: string }).text.includes(term));
        // The English original (004) makes the snippet when only it matched; anchor words alone are too short.
        const english = !inText && source.english.length > 120;
        const code = matchedCodes.get(doc);
        return {
          ...(english ? { snippetLang: 'en' as const } : {}),
          ...(code ? { code } : {}),
          href: resultHref(source, code?.value),
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
    const tokens = analyze(rawQuery.slice(0, 300));
    let changed = false;
    const corrected = tokens.map((token) => {
      const word = token.folded;
      const stem = stems.stemOf(token);
      if (word.length < 4 || /\d/.test(word) || postings.has(stem) || index.prefixTerms(word, 1).length) return word;
      const [best] = typos(stem, 0.55);
      if (!best) return word;
      changed = true;
      return stems.formOf(best.term);
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
