'use client';

import { useCallback, useEffect } from 'react';
import { searchHref } from '@/lib/search/params';

/** How long the typing must pause before the URL follows the query. */
export const URL_SETTLE_MS = 300;

/**
 * Keeps /recherche's URL on the query typed (`?q=`, without a server round trip: Next syncs with the History
 * API), once the typing pauses rather than on each key: one `history.replaceState` costs the page 5 to 10 ms
 * (Next copies its router state into the history entry, then re-renders the tree for `useSearchParams`), as
 * much as the rest of a keystroke together (docs/scale.md). Returns `flush`, which writes it at once: call it
 * before leaving the page (a result opened right after typing), so that « Précédent » comes back to the query.
 */
export function useQueryInUrl(query: string, edited: boolean): () => void {
  const flush = useCallback(() => {
    if (!edited) return;
    const href = searchHref(query);
    const target = new URL(href, window.location.href);
    // Written only while this entry is still the results page: never onto the page a navigation opened.
    if (target.pathname !== window.location.pathname) return;
    if (target.search === window.location.search) return;
    window.history.replaceState(null, '', href);
  }, [query, edited]);

  useEffect(() => {
    if (!edited) return;
    const timer = window.setTimeout(flush, URL_SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [flush, edited]);

  return flush;
}
