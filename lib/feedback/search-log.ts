/**
 * What a search log says of a search: the query as typed (cut to QUERY_MAX_CHARS; the server redacts it),
 * how many results, the tier and score of the first one, and which rank was opened. Pure.
 */
import { resultTier, type ResultTier, type TierInput } from '@/lib/search/tier';
import type { SearchResult } from '@/lib/search/types';
import { QUERY_MAX_CHARS, type SearchInput, type Tier } from './schemas';

/** Queries shorter than this are still being typed, not searches. */
export const MIN_QUERY_CHARS = 2;

/** The stored (French) name of each tier the agent sees on a result (lib/search/tier.ts). */
const STORED_TIER: Readonly<Record<ResultTier, Tier>> = { exact: 'exacte', probable: 'probable', possible: 'possible' };

/** The tier of the first result, as the agent saw it on screen. */
export function tierOf(first: TierInput): Tier {
  return STORED_TIER[resultTier(first, true)];
}

export function searchLogBody(
  key: string,
  context: SearchInput['context'],
  query: string,
  results: readonly (Pick<SearchResult, 'href'> & TierInput)[],
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
