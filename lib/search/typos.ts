import Fuse from 'fuse.js';

/**
 * Stage 3, typos: the known stems nearest a word the index does not have. Typos rarely touch the first
 * letter, so fuse.js looks only at the stems that share it, of a similar length (a few hundred instead
 * of the whole vocabulary), with one cached Fuse per first letter. A typo is a few edits (`maxTypoEdits`):
 * fuse.js's closeness alone also finds words that only share letters in order (a pasted English word the
 * corpus lacks, `prepare` -> « préalable », « plupart »), which are not typos.
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
      .filter(
        (hit) =>
          (hit.score ?? 1) < threshold &&
          Math.abs(hit.item.length - word.length) <= 3 &&
          editDistance(word, hit.item) <= maxTypoEdits(word),
      )
      .map((hit) => ({ term: hit.item, closeness: 1 - (hit.score ?? 0) }));
  };
}

/** How many edits a typo of this word may hold: one per five letters, at least one. */
export function maxTypoEdits(word: string): number {
  return Math.max(1, Math.floor(word.length / 5));
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swapped neighbours. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i ? (j ? 0 : i) : j)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}
