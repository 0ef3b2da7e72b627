import { foldText } from '@/lib/text/fold';

/**
 * The one text normalization of search, applied alike to the indexed text and to what agents type:
 * folded (case, accents, quotes), French elisions removed (`l'operation` -> `operation`), split into
 * tokens of letters, digits and underscores (`winpcap_mode`, `0x87d1fde8`).
 */
const ELISION = /\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'(?=[a-z0-9])/g;
const TOKEN = /[a-z0-9_]+/g;

/** Small words that say nothing about a resolution, French and English. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a au aux avec ce ces cette dans de des du elle en est et etre il ils je la le les leur lui mais me meme ' +
    'mes ne nos notre nous on ou par pas pour qu que qui sa se ses son sont sur ta te tes toi ton tu un une vos votre vous ' +
    'y si ne plus peut peuvent ete fait faire doit suivant suivante suivantes suivants lors afin ainsi comme ' +
    'the an and are as at be by for from has have in into is it its of on or that this to was were will with ' +
    'an not no can cannot you your'
  ).split(' '),
);

export function foldForSearch(text: string): string {
  return foldText(text).replace(ELISION, '');
}

/** All tokens of a text, in order (stopwords kept: phrase checks need them). */
export function tokenize(text: string): string[] {
  return foldForSearch(text).match(TOKEN) ?? [];
}

/** Tokens that carry meaning: no stopwords, no lone letters. */
export function keywords(text: string): string[] {
  return tokenize(text).filter((token) => token.length > 1 && !STOPWORDS.has(token));
}
