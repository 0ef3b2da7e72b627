import { routes, SEARCH_QUERY_PARAM } from '@/lib/routes';
import { firstParam, type SearchParams } from '@/lib/url-params';

/** URL state of search (`/recherche?q=…`), parsed and serialized in one place. */
export const QUERY_PARAM = SEARCH_QUERY_PARAM;

/** Query text beyond this is ignored: a pasted page still answers at once (hostile input too). */
export const MAX_QUERY_LENGTH = 5000;

export function parseSearchQuery(searchParams: SearchParams): string {
  return firstParam(searchParams, QUERY_PARAM, MAX_QUERY_LENGTH) ?? '';
}

export function searchHref(query: string): string {
  return routes.search(query.slice(0, MAX_QUERY_LENGTH));
}
