/**
 * What a search log says of a search: the query as typed (cut to QUERY_MAX_CHARS; the server redacts it),
 * how many results, the tier and score of the first one, and which rank was opened. Pure.
 */
import type { SearchResult } from '@/lib/search/types';
import { QUERY_MAX_CHARS, type SearchInput, type Tier } from './schemas';

/** Queries shorter than this are still being typed, not searches. */
export const MIN_QUERY_CHARS = 2;

/**
 * The tier of a result as the agent sees it: a code lookup is an exact match. Text matches have no tier
 * yet: null, and the lead's view then looks at what was opened. The search branch adds the real one
 * (`resultTier(result, first)` in lib/search/tier.ts: 'exact' | 'probable' | 'possible'); at merge this
 * function, and only it, becomes `{ exact: 'exacte', probable: 'probable', possible: 'possible' }[resultTier(result, true)]`
 * (the stored values stay French), and searchLogBody's results take `evidence` too.
 */
export function tierOf(result: Pick<SearchResult, 'code'> & { tier?: Tier }): Tier | null {
  return result.tier ?? (result.code ? 'exacte' : null);
}

export function searchLogBody(
  key: string,
  context: SearchInput['context'],
  query: string,
  results: readonly Pick<SearchResult, 'href' | 'code' | 'score'>[],
  opened?: string,
): SearchInput | undefined {
  const text = query.trim().slice(0, QUERY_MAX_CHARS);
  if (text.length < MIN_QUERY_CHARS) return undefined;
  const first = results[0];
  const rank = opened === undefined ? -1 : results.findIndex((result) => result.href === opened);
  return {
    key,
    query: text,
    context,
    resultCount: results.length,
    topTier: first ? tierOf(first) : null,
    topScore: first && Number.isFinite(first.score) ? Math.round(first.score * 1000) / 1000 : null,
    openedRank: rank >= 0 ? rank + 1 : null,
    openedTarget: rank >= 0 && opened ? opened : null,
  };
}
