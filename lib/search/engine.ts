import { codeHit, resultHref } from './code-hits';
import { runToEnd } from '@/lib/slices';
import { identifierParts, invertedIndexSteps, type InvertedIndex } from './inverted-index';
import { rerank, queryWindow, type RerankTarget } from './rerank';
import { MAX_QUERY_LENGTH } from './params';
import { extractSignals, productContext, type CodeSignal, type ProductContext, type QuerySignals } from './signals';
import { snippet } from './snippet';
import { englishStem } from './stem';
import { compileThesaurus, EMPTY_THESAURUS, stemKeys, type CompiledThesaurus, type Thesaurus } from './thesaurus';
import { analyze, foldForSearch, meaningful, STOPWORDS, type Token } from './tokenize';
import { createTypoMatcher, type TypoMatcher } from './typos';
import type { SearchDoc, SearchResult } from './types';
import { WEIGHTS } from './weights';

/**
 * Search over the portal's documents, the same code on the server (/recherche renders results) and in
 * the browser (results as the agent types). The stages, each in its own module or function below:
 *
 * 1. Signals (`signals.ts`, records read by `lib/logs/`): codes in any notation, event ids with their log,
 *    statuses, cases, the product named; numbers that are not codes (dates, versions, quantities…) are set
 *    aside.
 * 2. Candidates (`inverted-index.ts`, `scoreWords`): stems of the query's words (French and English
 *    Snowball) in an inverted index, BM25 with field weights; each word also stands for its thesaurus
 *    synonyms and, for the word being typed, its prefixes. Documents covering more words and word pairs side
 *    by side rank up (`weighCoverage`, `rewardPairs`).
 * 3. Typos (`typos.ts`): unknown words of short queries are replaced by their nearest known stems.
 * 4. Code hits (`code-hits.ts`, `addCodeHits`): documents that answer to a code of the query come first.
 * 5. Re-ranking (`rerank.ts`): fuse.js on a window of the query reorders the best candidates.
 * All weights are in `weights.ts`; how sure a result is comes from `tier.ts`.
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

/**
 * The words of the products' names. A query that names a product is weighed by it (`WEIGHTS.product`); its
 * name's words are not matched as words too: every page of that product holds them, often in its title.
 */
const PRODUCT_WORDS: ReadonlySet<string> = new Set([
  'azure',
  'atp',
  'mde',
  'mdi',
  'mdatp',
  'wdatp',
  'aatp',
  'defender',
]);

type Expansion = { term: string; weight: number };
type QueryWord = { token: Token; stem: string };

/** What every query reads: the documents and what was computed from them once. */
type Corpus = {
  docs: readonly SearchDoc[];
  index: InvertedIndex;
  thesaurus: CompiledThesaurus;
  typos: TypoMatcher;
  folded: readonly { title: string; text: string }[];
  /** The products each document names: its own, and any other its text names (« intégrer Azure ATP et Windows Defender ATP »). */
  productsNamed: readonly ReadonlySet<ProductContext>[];
  /** Per document, the damping of broad documents (`breadthPrior`). */
  breadth: Float64Array;
  rerankTargets: readonly RerankTarget[];
};

/** A query read once: its signals, its distinct words (with stems) and whether the last word is being typed. */
type ParsedQuery = {
  signals: QuerySignals;
  typing: boolean;
  words: QueryWord[];
  allStems: string[];
  lastFolded: string | undefined;
  /** The words of the query's camel-case identifiers (`Set-ADServiceAccount` -> service, account). */
  parts: QueryWord[];
};

/** Per-document scores of one query, and the folded terms each document matched. */
type Scoring = {
  scores: Float64Array;
  covered: Uint16Array;
  matched: Map<number, Set<string>>;
};

export function createSearchIndex(docs: readonly SearchDoc[], options: SearchIndexOptions = {}): SearchIndex {
  return runToEnd(searchIndexSteps(docs, options));
}

/**
 * The index build as steps (`lib/slices.ts`), a few per document: the page builds it in slices with
 * `runInSlices` when no worker can start, so that typing and frames go between them; `createSearchIndex`
 * (the server, the worker, the scripts) runs the same steps in one go, so both give the same index.
 */
export function* searchIndexSteps(
  docs: readonly SearchDoc[],
  options: SearchIndexOptions = {},
): Generator<undefined, SearchIndex, undefined> {
  const index = yield* invertedIndexSteps(docs);
  const folded: { title: string; text: string }[] = [];
  for (const doc of docs) {
    folded.push({ title: foldForSearch(doc.title), text: foldForSearch(doc.text) });
    yield;
  }
  const corpus: Corpus = {
    docs,
    index,
    thesaurus: compileThesaurus(options.thesaurus ?? EMPTY_THESAURUS, (token) => index.stems.stemOf(token)),
    typos: createTypoMatcher(index.vocabulary),
    folded,
    productsNamed: docs.map(
      (doc, i) =>
        new Set([
          ...(doc.product ? [doc.product] : []),
          // The English original and the keywords lower-cased, not folded: the product names hold no accent, and
          // folding every English original took a fifth of the index build at 10,000 documents.
          ...productContext(
            `${folded[i]?.title} ${folded[i]?.text} ${doc.keywords.toLowerCase()} ${doc.english.toLowerCase()}`,
          ),
        ]),
    ),
    breadth: breadthPrior(index),
    rerankTargets: folded.map(({ title, text }) => ({ title, text: text.slice(0, WEIGHTS.rerank.textChars) })),
  };
  return {
    search: (query, searchOptions = {}) => search(corpus, query, searchOptions.limit ?? 10),
    suggest: (query) => suggest(corpus, query),
    size: docs.length,
  };
}

/**
 * Documents that rank for everything are the broad ones: a long section holding many distinct terms (its
 * French and English text, commands, identifiers) meets some words of almost any query, each at BM25's
 * saturated best. Per-term length normalisation does not see that breadth; this prior does: a document with
 * more distinct terms than the average weighs `(average / distinct) ^ WEIGHTS.breadth.exponent` (never above 1,
 * so short rows are not raised).
 */
function breadthPrior(index: InvertedIndex): Float64Array {
  const count = index.sequences.length;
  const distinct = new Float64Array(count);
  for (const list of index.postings.values()) for (const { doc } of list) distinct[doc] = (distinct[doc] as number) + 1;
  const average = distinct.reduce((sum, n) => sum + n, 0) / Math.max(1, count);
  return distinct.map((n) => Math.min(1, (average / Math.max(1, n)) ** WEIGHTS.breadth.exponent));
}

function search(corpus: Corpus, rawQuery: string, limit: number): SearchResult[] {
  const query = parseQuery(corpus, rawQuery);
  if (!query) return [];
  const scoring = scoreWords(corpus, query);
  const candidates = weighCoverage(corpus, query, scoring);
  const shortlist = topK(candidates, scoring.scores, WEIGHTS.pairs.shortlist);
  rewardPairs(corpus, query, scoring, shortlist);
  const listed = new Set(shortlist);
  const matchedCodes = addCodeHits(corpus, query, scoring, shortlist, listed);
  const ranked = rankAndRerank(corpus, query, scoring.scores, listed, limit);
  return toResults(corpus, query, scoring, ranked, matchedCodes, limit);
}

function parseQuery(corpus: Corpus, rawQuery: string): ParsedQuery | undefined {
  const query = rawQuery.slice(0, MAX_QUERY_LENGTH);
  if (!query.trim()) return undefined;
  const signals = extractSignals(query);
  // A number the signals read as an event, a status or a case is scored by its kind (code hits), not as a word:
  // as a word it would match any row of the same number, whatever its table.
  const keyed = new Set(
    signals.codes.filter((code) => code.kind !== 'number' && code.kind !== 'code32').map((code) => String(code.value)),
  );
  const allTokens = meaningful(analyze(signals.wordText)).filter((token) => !keyed.has(token.folded));
  const allStems = allTokens.map((token) => corpus.index.stems.stemOf(token));
  const unique = new Map<string, QueryWord>();
  allTokens.forEach((token, i) => unique.set(token.folded, { token, stem: allStems[i] as string }));
  return {
    signals,
    // The last word is being typed only if the query ends on it: « … onboard ? » or « … portal. » is finished.
    typing: /[\p{L}\p{N}_]$/u.test(query),
    words: [...unique.values()].slice(0, MAX_QUERY_TOKENS),
    allStems,
    lastFolded: allTokens.at(-1)?.folded,
    parts: [...new Set(identifierParts(signals.wordText))]
      .filter((part) => !unique.has(part) && !STOPWORDS.has(part))
      .slice(0, MAX_QUERY_TOKENS)
      .map((part) => {
        const token = { surface: part, folded: part };
        return { token, stem: corpus.index.stems.stemOf(token) };
      }),
  };
}

/** The terms a query word stands for, with how much each counts. */
function expand(corpus: Corpus, word: QueryWord, typing: boolean, allowTypos: boolean): Expansion[] {
  const { index, thesaurus, typos } = corpus;
  const { token, stem } = word;
  const found = new Map<string, number>();
  const add = (term: string, weight: number) => {
    if (index.postings.has(term) && weight > (found.get(term) ?? 0)) found.set(term, weight);
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
function phraseExpansions(corpus: Corpus, queryStems: readonly string[]): Expansion[][] {
  const joined = ` ${queryStems.join(' ')} `;
  return corpus.thesaurus.phrases
    .filter((phrase) => joined.includes(` ${phrase.stems.join(' ')} `))
    .map((phrase) =>
      phrase.means
        .filter((term) => corpus.index.postings.has(term))
        .map((term) => ({ term, weight: WEIGHTS.expansion.synonym })),
    );
}

function noteTerm(matched: Scoring['matched'], doc: number, term: string): void {
  const set = matched.get(doc);
  if (set) set.add(term);
  else matched.set(doc, new Set([term]));
}

/** BM25 of every query word (and its expansions: the best one counts) summed per document. */
function scoreWords(corpus: Corpus, query: ParsedQuery): Scoring {
  const { index } = corpus;
  const count = corpus.docs.length;
  const scoring: Scoring = { scores: new Float64Array(count), covered: new Uint16Array(count), matched: new Map() };
  const { scores, covered, matched } = scoring;
  const accumulate = (expansions: readonly Expansion[], counts: boolean) => {
    const best = new Map<number, number>();
    for (const { term, weight } of expansions) {
      for (const posting of index.postings.get(term) ?? []) {
        const value = weight * index.bm25(posting, term);
        if (value > (best.get(posting.doc) ?? 0)) best.set(posting.doc, value);
        noteTerm(matched, posting.doc, term);
      }
    }
    for (const [doc, value] of best) {
      scores[doc] = (scores[doc] as number) + value;
      if (counts) covered[doc] = (covered[doc] as number) + 1;
    }
  };
  let typoBudget = query.words.length <= WEIGHTS.typo.maxQueryWords ? WEIGHTS.typo.budget : 0;
  // A query of product words only (« Azure ATP ») is about the product: then they are its words.
  const named = query.signals.products.length > 0 && query.words.some((word) => !PRODUCT_WORDS.has(word.token.folded));
  for (const word of query.words) {
    // Counted among the query's words (how sure a result is reads them), matched by the product signal only.
    if (named && PRODUCT_WORDS.has(word.token.folded)) continue;
    const allowTypos = typoBudget > 0 && !index.postings.has(word.stem);
    if (allowTypos) typoBudget--;
    accumulate(expand(corpus, word, query.typing && word.token.folded === query.lastFolded, allowTypos), true);
  }
  for (const expansions of phraseExpansions(corpus, query.allStems)) accumulate(expansions, false);
  // An identifier's parts count a little, and not as words of the query (coverage reads what was written).
  for (const part of query.parts)
    accumulate(
      expand(corpus, part, false, false).map(({ term, weight }) => ({
        term,
        weight: weight * WEIGHTS.expansion.identifierPart,
      })),
      false,
    );
  return scoring;
}

/**
 * Documents that match more of the query's words come first; a product the query names counts a little; broad
 * documents are damped (`breadthPrior`).
 */
function weighCoverage(corpus: Corpus, query: ParsedQuery, { scores, covered }: Scoring): number[] {
  const { coverage: cw } = WEIGHTS;
  const { products } = query.signals;
  const product = products.length === 1 ? products[0] : undefined;
  const candidates: number[] = [];
  // The product words of the query (« MDE », « Azure ATP ») are matched by the product signal, not as words: a
  // document covers them as far as it names the products the query names (both, for a question about how two
  // products meet).
  const productWords = products.length ? query.words.filter((word) => PRODUCT_WORDS.has(word.token.folded)).length : 0;
  for (let doc = 0; doc < corpus.docs.length; doc++) {
    if (scores[doc] === 0) continue;
    const named = corpus.productsNamed[doc] as ReadonlySet<ProductContext>;
    const productShare = productWords && products.filter((p) => named.has(p)).length / products.length;
    const coverage = ((covered[doc] as number) + productWords * productShare) / Math.max(1, query.words.length);
    let score = (scores[doc] as number) * (cw.base + cw.span * coverage * coverage) * (corpus.breadth[doc] as number);
    const docProduct = (corpus.docs[doc] as SearchDoc).product;
    if (product && docProduct) score *= docProduct === product ? WEIGHTS.product.same : WEIGHTS.product.other;
    scores[doc] = score;
    candidates.push(doc);
  }
  return candidates;
}

/** Query word pairs found side by side in a shortlisted document (pasted phrases, commands) count extra. */
function rewardPairs(corpus: Corpus, query: ParsedQuery, { scores }: Scoring, shortlist: readonly number[]): void {
  const { pairs: pw } = WEIGHTS;
  const { allStems } = query;
  const pairs: string[] = [];
  for (let i = 0; i + 1 < allStems.length && pairs.length < pw.maxPairs; i++)
    pairs.push(` ${allStems[i]} ${allStems[i + 1]} `);
  if (!pairs.length) return;
  for (const doc of shortlist) {
    const sequence = corpus.index.sequences[doc] as string;
    let hits = 0;
    for (const pair of pairs) if (sequence.includes(pair)) hits++;
    if (hits)
      scores[doc] =
        (scores[doc] as number) *
        (1 + Math.min(pw.maxBonus, (pw.perPairShare * hits) / Math.max(1, pairs.length) + pw.perHit * hits));
  }
}

/**
 * Exact code hits: a tier above every text match. A long paste's text score can pass any fixed weight,
 * so a code hit also gets the best text score; a plain number (a hint) does not. Returns the code each
 * document was found by, and adds those documents to `listed`.
 */
function addCodeHits(
  corpus: Corpus,
  query: ParsedQuery,
  { scores, matched }: Scoring,
  shortlist: readonly number[],
  listed: Set<number>,
): Map<number, CodeSignal> {
  const matchedCodes = new Map<number, CodeSignal>();
  const { codes } = query.signals;
  if (!codes.length) return matchedCodes;
  const bestText = shortlist.length ? (scores[shortlist[0] as number] as number) : 0;
  corpus.docs.forEach((source, doc) => {
    const { score, terms, signal } = codeHit(source, codes);
    if (score === 0) return;
    if (signal) matchedCodes.set(doc, signal);
    listed.add(doc);
    scores[doc] = (scores[doc] as number) + score + (score >= WEIGHTS.codes.keyed ? bestText : 0);
    for (const term of terms) noteTerm(matched, doc, term);
  });
  return matchedCodes;
}

/** The candidates best first, after fuse.js re-ranked the closest ones on a window of the query. */
function rankAndRerank(
  corpus: Corpus,
  query: ParsedQuery,
  scores: Float64Array,
  listed: ReadonlySet<number>,
  limit: number,
): number[] {
  const byScore = (a: number, b: number) => (scores[b] as number) - (scores[a] as number);
  const ranked = [...listed].sort(byScore).slice(0, Math.max(limit, 30));
  const pattern = queryWindow(
    foldForSearch(query.signals.wordText),
    query.words.map(({ token, stem }) => ({ folded: token.folded, idf: corpus.index.idf(stem) })),
  );
  if (
    rerank(ranked.slice(0, WEIGHTS.rerank.count), pattern, (doc) => corpus.rerankTargets[doc] as RerankTarget, scores)
  )
    ranked.sort(byScore);
  return ranked;
}

/** The results above the floor, with their snippet, the code they answer to and how much of the query they cover. */
function toResults(
  corpus: Corpus,
  query: ParsedQuery,
  { scores, covered, matched }: Scoring,
  ranked: readonly number[],
  matchedCodes: ReadonlyMap<number, CodeSignal>,
  limit: number,
): SearchResult[] {
  const floor = WEIGHTS.floor * ((scores[ranked[0] as number] as number) || 0);
  const topScore = (scores[ranked[0] as number] as number) || 0;
  return ranked
    .filter((doc) => (scores[doc] as number) >= floor)
    .slice(0, limit)
    .map((doc, rank) => {
      const source = corpus.docs[doc] as SearchDoc;
      const terms = [...(matched.get(doc) ?? [])].sort((a, b) => b.length - a.length);
      const inText = terms.some((term) => (corpus.folded[doc] as { text: string }).text.includes(term));
      // The English original makes the snippet when only it matched; anchor words alone are too short.
      const english = !inText && source.english.length > 120;
      const code = matchedCodes.get(doc);
      const score = scores[doc] as number;
      return {
        ...(english ? { snippetLang: 'en' as const } : {}),
        ...(code ? { code } : {}),
        href: resultHref(source, code?.value),
        kind: source.kind,
        title: source.title,
        breadcrumb: source.breadcrumb,
        snippet: snippet(english ? source.english : source.text, terms),
        terms,
        score: Math.round(score * 1000) / 1000,
        evidence: {
          words: query.words.length,
          covered: covered[doc] as number,
          lead: rank === 0 ? leadOverNext(scores, ranked) : topScore > 0 ? score / topScore : 0,
        },
      };
    });
}

/** How far the first result stands above the second (1 when alone): a clear winner is surer. */
function leadOverNext(scores: Float64Array, ranked: readonly number[]): number {
  const first = scores[ranked[0] as number] as number;
  const second = ranked.length > 1 ? (scores[ranked[1] as number] as number) : 0;
  return first > 0 ? 1 - second / first : 0;
}

function suggest(corpus: Corpus, rawQuery: string): string | undefined {
  const { index, typos } = corpus;
  const tokens = analyze(rawQuery.slice(0, 300));
  let changed = false;
  const corrected = tokens.map((token) => {
    const word = token.folded;
    const stem = index.stems.stemOf(token);
    if (word.length < 4 || /\d/.test(word) || index.postings.has(stem) || index.prefixTerms(word, 1).length)
      return word;
    const [best] = typos(stem, 0.55);
    if (!best) return word;
    changed = true;
    return index.stems.formOf(best.term);
  });
  return changed ? corrected.join(' ') : undefined;
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
