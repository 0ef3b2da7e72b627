import type { SearchIndex } from '@/lib/search/engine';

export type ResultsPageOptions = {
  /** How many results (the results page shows 20, the header's instant list 6). */
  limit?: number;
  /** Whether to look for a spelling suggestion when nothing matches (the header shows none). */
  suggest?: boolean;
};

/** What a search box shows for a query: the results, or a suggestion when there are none. */
export function resultsPageFor(
  index: Pick<SearchIndex, 'search' | 'suggest'>,
  query: string,
  { limit = 20, suggest = true }: ResultsPageOptions = {},
) {
  const results = query.trim() ? index.search(query, { limit }) : [];
  const suggestion = suggest && query.trim() && results.length === 0 ? index.suggest(query) : undefined;
  return { results, suggestion };
}
