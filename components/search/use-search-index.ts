'use client';

import { useCallback, useRef, useState } from 'react';
import type { SearchIndex } from '@/lib/search/engine';
import { SEARCH_DATA_URL } from '@/lib/search/params';
import type { SearchDoc, SearchData } from '@/lib/search/types';

export type SearchEngine = { index: SearchIndex; documents: SearchDoc[] };

let loading: Promise<SearchEngine> | undefined;

/**
 * Downloads the search engine (its own script chunk) and the search data once per page load, on first
 * use, and builds the index in the browser. Pages that never search download neither.
 */
export function loadSearchEngine(): Promise<SearchEngine> {
  loading ??= Promise.all([
    import('@/lib/search/engine'),
    fetch(SEARCH_DATA_URL).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<SearchData>;
    }),
  ])
    .then(([{ createSearchIndex }, data]) => ({ index: createSearchIndex(data.documents, { thesaurus: data.thesaurus }), documents: data.documents }))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

export function loadSearchIndex(): Promise<SearchIndex> {
  return loadSearchEngine().then((engine) => engine.index);
}

/** The index once loaded (undefined before), and `ensure()` to start loading it. */
export function useSearchIndex() {
  const [index, setIndex] = useState<SearchIndex>();
  const [failed, setFailed] = useState(false);
  const started = useRef(false);
  const ensure = useCallback(() => {
    if (started.current) return;
    started.current = true;
    loadSearchIndex().then(setIndex, () => {
      started.current = false;
      setFailed(true);
    });
  }, []);
  return { index, failed, ensure };
}
