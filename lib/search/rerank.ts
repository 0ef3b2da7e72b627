import Fuse from 'fuse.js';
import { WEIGHTS } from './weights';

/**
 * Stage 5, re-ranking: fuse.js scores the best candidates on their title and the start of their text
 * against a 32-character window of the query (fuse.js splits longer patterns and averages the pieces),
 * centred on the query's rarest word. The bonus is a share of the best score, so it reorders close
 * candidates without overturning a clear winner.
 */
export type RerankTarget = { title: string; text: string };

/** A window of at most 32 characters of the folded query, centred on its rarest known word. */
export function queryWindow(folded: string, words: readonly { folded: string; idf: number }[]): string {
  const text = folded.replace(/\s+/g, ' ').trim();
  if (text.length <= 32) return text;
  let rarest = '';
  let rarestIdf = -1;
  for (const word of words) {
    if (word.folded.length > 2 && word.idf > rarestIdf) {
      rarest = word.folded;
      rarestIdf = word.idf;
    }
  }
  const at = Math.max(0, text.indexOf(rarest));
  const start = Math.max(0, Math.min(at - 8, text.length - 32));
  return text.slice(start, start + 32).trim();
}

/** Adds the re-ranking bonus to `scores` for the candidates (best first); returns whether it ran. */
export function rerank(
  candidates: readonly number[],
  pattern: string,
  target: (doc: number) => RerankTarget,
  scores: Float64Array,
): boolean {
  if (!pattern || candidates.length < 2) return false;
  const top = scores[candidates[0] as number] as number;
  const fuse = new Fuse(candidates, {
    keys: [
      { name: 'title', weight: 2, getFn: (doc) => target(doc).title },
      { name: 'text', weight: 1, getFn: (doc) => target(doc).text },
    ],
    includeScore: true,
    ignoreLocation: true,
    ignoreFieldNorm: true,
    threshold: WEIGHTS.rerank.threshold,
  });
  for (const hit of fuse.search(pattern)) {
    scores[hit.item] = (scores[hit.item] as number) + WEIGHTS.rerank.share * top * (1 - (hit.score ?? 1));
  }
  return true;
}
