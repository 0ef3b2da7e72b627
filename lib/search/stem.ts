import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { foldText } from '@/lib/text/fold';
import type { Token } from './tokenize';

/**
 * Word families by the Snowball stemmers (@orama/stemmers): French for the articles and tickets
 * (« intégrés », « intégration », « intégrer » -> `integr`), English for pasted English messages
 * (`failed`, `failure` -> `fail`). The French stemmer reads accents, so a word is stemmed before it is
 * folded; an unaccented query word is stemmed through the accented form the articles use (see
 * `StemVocabulary`). Codes, numbers and identifiers with digits or underscores are kept whole.
 */
const KEEP_WHOLE = /[\d_]/;
const MEMO_LIMIT = 200_000;
const frenchMemo = new Map<string, string>();
const englishMemo = new Map<string, string>();

function memo(cache: Map<string, string>, key: string, compute: () => string): string {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    if (cache.size < MEMO_LIMIT) cache.set(key, value);
  }
  return value;
}

/** The folded French stem of a word (lower case, accents kept if it has them). */
export function frenchStem(surface: string): string {
  if (surface.length < 4 || KEEP_WHOLE.test(surface)) return foldText(surface);
  return memo(frenchMemo, surface, () => foldText(frenchStemmer(surface)).replace(/[^a-z0-9_]/g, ''));
}

/** The English stem of a folded word. */
export function englishStem(folded: string): string {
  if (folded.length < 4 || KEEP_WHOLE.test(folded)) return folded;
  return memo(englishMemo, folded, () => englishStemmer(folded));
}

/**
 * What the indexed text taught about its words: the stem of each folded form, taken from its accented
 * spelling (« désactivée » -> `desactiv`), so that `desactivee` typed without accents finds the same
 * family. Built while indexing; forms nobody indexed are stemmed as typed.
 */
export class StemVocabulary {
  private readonly stemOfForm = new Map<string, string>();
  private readonly firstFormOfStem = new Map<string, string>();

  /** Records a token of the indexed text and returns its stem. */
  learn(token: Token): string {
    const stem = frenchStem(token.surface);
    if (!this.firstFormOfStem.has(stem)) this.firstFormOfStem.set(stem, token.folded);
    // An accented spelling is the reference; a folded one only fills a gap.
    if (token.surface !== token.folded || !this.stemOfForm.has(token.folded)) this.stemOfForm.set(token.folded, stem);
    return stem;
  }

  /** A word of the text with this stem (the first met), to show a stem as a word. */
  formOf(stem: string): string {
    return this.firstFormOfStem.get(stem) ?? stem;
  }

  /** The stem of a token typed by an agent, accents or not. */
  stemOf(token: Token): string {
    if (token.surface !== token.folded) return frenchStem(token.surface);
    return this.stemOfForm.get(token.folded) ?? frenchStem(token.folded);
  }
}
