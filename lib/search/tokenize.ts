import { foldText } from '@/lib/text/fold';

/**
 * The one text normalization of search, applied alike to the indexed text and to what agents type:
 * lower case, typographic quotes and ligatures made plain, French elisions removed (`l’opération` ->
 * `opération`), split into tokens of letters, digits and underscores (`winpcap_mode`, `0x87d1fde8`).
 * Tokens keep their accents (the French stemmer reads them) beside their folded form (what matches).
 */
const ELISION = /(?<![\p{L}\p{N}_])(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'(?=[\p{L}\p{N}])/gu;
const TOKEN = /[\p{L}\p{N}_]+/gu;
const FOLDED_ELISION = /\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'(?=[a-z0-9])/g;

/** Small words that say nothing about a resolution, French and English (folded). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a au aux avec ce ces cette dans de des du elle en est et etre il ils je la le les leur lui mais me meme ' +
    'mes ne nos notre nous on ou par pas pour qu que qui sa se ses son sont sur ta te tes toi ton tu un une vos votre vous ' +
    'y si ne plus peut peuvent ete fait faire doit suivant suivante suivantes suivants lors afin ainsi comme ' +
    'the an and are as at be by for from has have in into is it its of on or that this to was were will with ' +
    'an not no can cannot you your ' +
    // English function words of questions written in prose (« the device is never shown, even after an hour »):
    // the English originals hold them all, so they matched every long section.
    'i me my we our us he him his she her they them their what which who whom these those am been being had ' +
    'having do does did doing would should could ought but if because until while about against between ' +
    'through during before after above below up down out off over under again further then once here there ' +
    'when where why how all any both each few more most other some such nor only own same so than too very ' +
    'just also still even yet anymore don doesn didn isn aren wasn weren hasn haven hadn won wouldn ' +
    'shouldn couldn ll ve re'
  ).split(' '),
);

export type Token = {
  /** Lower case, accents kept: what the French stemmer reads. */
  surface: string;
  /** Folded: what is compared. */
  folded: string;
};

const foldedTokens = new Map<string, string>();

function foldToken(surface: string): string {
  // ASCII tokens (most of them) are already folded.
  if (/^[\x00-\x7f]*$/.test(surface)) return surface;
  let folded = foldedTokens.get(surface);
  if (folded === undefined) {
    folded = foldText(surface).replace(/[^a-z0-9_]/g, '');
    if (foldedTokens.size < 50_000) foldedTokens.set(surface, folded);
  }
  return folded;
}

/** Lower case with typographic quotes and ligatures made plain, elisions removed; accents kept. */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(ELISION, '');
}

/** All tokens of a text, in order (stopwords kept: phrase checks need them). */
export function analyze(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of normalize(text).matchAll(TOKEN)) {
    const surface = match[0];
    const folded = foldToken(surface);
    if (folded) tokens.push({ surface, folded });
  }
  return tokens;
}

/** Tokens that carry meaning: no stopwords, no lone letters. */
export function meaningful(tokens: readonly Token[]): Token[] {
  return tokens.filter((token) => token.folded.length > 1 && !STOPWORDS.has(token.folded));
}

/** Folded text without elisions: what the snippets and the fuzzy re-ranking compare. */
export function foldForSearch(text: string): string {
  return foldText(text).replace(FOLDED_ELISION, '');
}

/** Folded tokens of a text, in order. */
export function tokenize(text: string): string[] {
  return analyze(text).map((token) => token.folded);
}

/** Folded tokens that carry meaning. */
export function keywords(text: string): string[] {
  return meaningful(analyze(text)).map((token) => token.folded);
}
