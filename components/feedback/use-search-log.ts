'use client';

/**
 * Logs the searches of a search box, with one line in the box: `const opened = useSearchLog('entete', query,
 * results)`. A query is logged once it has settled (no keystroke for SETTLE_MS), when the page is hidden, or
 * when a result is opened (`opened(href)`, or a click on a result link inside the page); opening a result sends
 * the same key again with its rank, so a search is one row whatever happens.
 */
import { useCallback, useEffect, useRef } from 'react';
import { searchLogBody } from '@/lib/feedback/search-log';
import type { SearchInput } from '@/lib/feedback/schemas';
import type { SearchResult } from '@/lib/search/types';
import { newWriteKey, submit } from './feedback-client';

export const SETTLE_MS = 2000;

type Results = readonly Pick<SearchResult, 'href' | 'code' | 'score' | 'evidence'>[];

export function useSearchLog(context: SearchInput['context'], query: string, results: Results): (href: string) => void {
  const current = useRef<{ query: string; results: Results; key: string; logged: boolean }>(undefined);

  const log = useCallback(
    (opened?: string) => {
      const search = current.current;
      if (!search || (search.logged && opened === undefined)) return;
      const body = searchLogBody(search.key, context, search.query, search.results, opened);
      if (!body) return;
      search.logged = true;
      submit(`recherche:${search.key}`, '/api/recherches', body);
    },
    [context],
  );

  // A new query is a new search (a new key); the same query with new results (the index arrived) is not.
  // Results are compared by their links: the search runs in each render and makes a new array each time.
  const signature = results.map((result) => result.href).join('\n');
  const latest = useRef(results);
  useEffect(() => {
    latest.current = results;
  });
  useEffect(() => {
    if (current.current?.query !== query)
      current.current = { query, results: latest.current, key: newWriteKey(), logged: false };
    else current.current.results = latest.current;
    const timer = window.setTimeout(() => log(), SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [query, signature, log]);

  useEffect(() => {
    const onHide = () => document.visibilityState === 'hidden' && log();
    // A result link of the results page's list (the header's box reports its choice through `opened`).
    const onClick = (event: MouseEvent) => {
      if (context !== 'recherche') return;
      const link = (event.target as Element | null)?.closest?.('a[data-testid="search-result"]');
      const href = link?.getAttribute('href');
      if (href) log(href);
    };
    document.addEventListener('visibilitychange', onHide);
    document.addEventListener('click', onClick, true);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      document.removeEventListener('click', onClick, true);
    };
  }, [log, context]);

  return useCallback((href: string) => log(href), [log]);
}
