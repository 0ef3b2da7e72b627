import Fuse from 'fuse.js';

/**
 * Stage 3, typos: the known stems nearest a word the index does not have. Typos rarely touch the first
 * letter, so fuse.js looks only at the stems that share it, of a similar length (a few hundred instead
 * of the whole vocabulary), with one cached Fuse per first letter.
 */
export type TypoMatcher = (word: string, threshold?: number) => { term: string; closeness: number }[];

export function createTypoMatcher(vocabulary: readonly string[]): TypoMatcher {
  const buckets = new Map<string, Fuse<string>>();
  return (word, threshold = 0.34) => {
    const letter = word[0] as string;
    let fuse = buckets.get(letter);
    if (!fuse) {
      const words = vocabulary.filter((term) => term[0] === letter && term.length >= 3 && !/\d/.test(term));
      fuse = new Fuse(words, { includeScore: true, threshold: 0.6, ignoreLocation: true, minMatchCharLength: 3 });
      buckets.set(letter, fuse);
    }
    return fuse
      .search(word, { limit: 3 })
      .filter((hit) => (hit.score ?? 1) < threshold && Math.abs(hit.item.length - word.length) <= 3)
      .map((hit) => ({ term: hit.item, closeness: 1 - (hit.score ?? 0) }));
  };
}
