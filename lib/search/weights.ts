/**
 * Every weight of search in one place, named and explained. Ranking rules come from classes of queries
 * (pasted logs, codes, helpdesk vocabulary), never from one query; change a weight here and run
 * `npm run eval:search` to see its effect on the tuning, frozen and public sets side by side.
 */
export const WEIGHTS = {
  /** How much a word counts by where it appears in a document (BM25 term frequency is weighted so). */
  fields: { title: 3, keywords: 1.5, text: 1, english: 0.8 },
  /** BM25: term-frequency saturation and length normalization (sections vary from 1 line to 2 pages). */
  bm25: { k1: 1.2, b: 0.5 },
  /** What a query word stands for, relative to the word itself (1). */
  expansion: {
    /** The English stem of a pasted English word, matching the English originals. */
    englishStem: 1,
    /** Longer words starting with the word being typed (as-you-type). */
    typedPrefix: 0.9,
    /** A prefix stands for words at most this much longer: not for long identifiers (URL parts, hosts). */
    prefixMaxExtra: 8,
    /** Longer words starting with a finished word the corpus does not have (installe -> installation). */
    unknownPrefix: 0.6,
    /** A thesaurus synonym: weighs less than the word itself. */
    synonym: 0.7,
    /** A typo's nearest known words, scaled by fuse.js's closeness. */
    typo: 0.7,
    /** A word of a camel-case identifier of the query (`ManagedPassword` -> managed, password), not counted in coverage. */
    identifierPart: 0.5,
  },
  /** Documents that match more of the query's words come first: score × (base + span × coverage²). */
  coverage: { base: 0.3, span: 0.7 },
  /** Query word pairs found side by side in a document (pasted phrases, commands). */
  pairs: { perPairShare: 0.6, perHit: 0.15, maxBonus: 1.5, shortlist: 60, maxPairs: 40 },
  /**
   * Exact code hits, added to the best text score of the query (a tier no text match reaches), so a code
   * lands on its row whatever words surround it. A 32-bit code is specific; an event id is specific once
   * its log is known; a bare number is a hint (no tier).
   */
  codes: {
    code32Row: 60,
    code32Section: 30,
    /** An event id, status or case keyed as such (« événement 35 », « inscription 13 »). */
    keyed: 30,
    /** An event id whose log the query names (Event Viewer's Source/Provider), on that log's row. */
    eventOfItsLog: 60,
    plainNumberRow: 6,
    plainNumberSection: 3,
    /** Codes below this are event ids or statuses, not 32-bit codes, unless a document says otherwise. */
    smallCode32: 0x10000,
  },
  /**
   * Broad documents are damped: score × (average distinct terms / the document's distinct terms) ^ exponent,
   * never above 1. Why some documents rank for everything (`npm run eval:search`, 2026-11-30): the worst
   * (« View agent onboarding errors », the NIC teaming section, script event 15, Intune 0x87D1FDE8) are long
   * sections and rows with 2–10 times the average number of distinct terms, French and English; they meet a
   * few words of almost any query at BM25's saturated best. Measured at 0, 0.1, 0.2, 0.3 on the tuning, frozen
   * and studied real-text sets: 0.2 is the best real-text MRR (0.898 → 0.908) and cuts the ten worst documents'
   * wrong places in the first three from 147 to 129; tuning unchanged, frozen 94.0 → 95.7 % @1 (100 → 99.1 % @3).
   */
  breadth: { exponent: 0.2 },
  /** A query naming a product favours that product's pages, a little (far below a code hit). */
  product: { same: 1.15, other: 0.85 },
  /** fuse.js re-ranks the best candidates on a 32-character window of the query. */
  rerank: { count: 12, textChars: 1000, share: 0.12, threshold: 0.45 },
  /** Results weaker than this share of the best are dropped (a long tail of one common word is noise). */
  floor: 0.08,
  /**
   * Confidence tiers (`tier.ts`). A result is « Probable » when it covers at least `probableCoverage` of the
   * query's distinct words and scores at least `probableStrength` per query word. Measured on the tuning set
   * (2026-11-29, before the English originals): its 15 unanswerable questions' first results reach at most
   * 0.75 coverage and 1.48 per word; 85 % of its answered questions' first results pass both. Re-measured after
   * the breadth prior and product coverage (2026-11-30, `npm run eval:search` prints it): at most 0.75 and 1.20
   * per word; 70 of the 74 first results found by text and right pass both. Lowering the strength to 1.3 made
   * one more tuning answer sure and no no-answer case sure: kept at 1.6, the careful side. A result below
   * `probableShareOfFirst` of the first result's score is at most « Possible ».
   */
  tiers: { probableCoverage: 0.6, probableStrength: 1.6, probableShareOfFirst: 0.5 },
  /** Typos are looked for in what agents type (a few words), not in pasted logs full of unknown tokens. */
  typo: { maxQueryWords: 8, budget: 3 },
} as const;
