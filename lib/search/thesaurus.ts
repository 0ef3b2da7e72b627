import { englishStem, frenchStem } from './stem';
import { analyze, meaningful, type Token } from './tokenize';

/**
 * The helpdesk thesaurus (content/search/thesaurus.json): what tickets and English logs say, mapped to
 * the articles' words. Compiled once per index into stems, so that every form of a word family meets
 * (« onboardé », « onboarding » -> `onboard` -> the stems of « intégration »).
 */
export type ThesaurusEntry = { terms: string[]; means: string[] };
export type Thesaurus = { french: ThesaurusEntry[]; english: ThesaurusEntry[] };

export const EMPTY_THESAURUS: Thesaurus = { french: [], english: [] };

/** The stems of a word as a query may hold it: French (accents read) and English. */
export function stemKeys(
  token: Token,
  frenchStemOf: (token: Token) => string = (t) => frenchStem(t.surface),
): string[] {
  const keys = [frenchStemOf(token), englishStem(token.folded)];
  return keys[0] === keys[1] ? [keys[0] as string] : keys;
}

export type CompiledThesaurus = {
  /** Stem of a one-word term -> the stems it stands for. */
  words: Map<string, string[]>;
  /** Terms of several words, as stem sequences, with the stems they stand for. */
  phrases: { stems: string[]; means: string[] }[];
};

export function compileThesaurus(thesaurus: Thesaurus, stemOf?: (token: Token) => string): CompiledThesaurus {
  const words = new Map<string, string[]>();
  const phrases: CompiledThesaurus['phrases'] = [];
  for (const entry of [...thesaurus.french, ...thesaurus.english]) {
    const means = [
      ...new Set(
        entry.means.flatMap((word) =>
          meaningful(analyze(word)).map((token) => (stemOf ?? ((t: Token) => frenchStem(t.surface)))(token)),
        ),
      ),
    ];
    for (const term of entry.terms) {
      const tokens = meaningful(analyze(term));
      if (tokens.length === 0) continue;
      if (tokens.length === 1) {
        for (const key of stemKeys(tokens[0] as Token, stemOf)) {
          const targets = means.filter((stem) => stem !== key);
          if (targets.length) words.set(key, [...new Set([...(words.get(key) ?? []), ...targets])]);
        }
      } else {
        phrases.push({ stems: tokens.map((token) => (stemOf ?? ((t: Token) => frenchStem(t.surface)))(token)), means });
      }
    }
  }
  return { words, phrases };
}
