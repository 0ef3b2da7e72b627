import type { SearchIndex } from '@/lib/search/engine';

/** What /recherche shows for a query: the results, or a suggestion when there are none. */
export function resultsPageFor(index: Pick<SearchIndex, 'search' | 'suggest'>, query: string) {
  const results = query.trim() ? index.search(query, { limit: 20 }) : [];
  const suggestion = query.trim() && results.length === 0 ? index.suggest(query) : undefined;
  return { results, suggestion };
}
