'use client';

import { useCallback, useSyncExternalStore } from 'react';
import type { SearchIndex } from '@/lib/search/engine';
import { routes } from '@/lib/routes';
import type { SearchCore, SearchTextPart } from '@/lib/search/split-data';
import type { SearchDoc } from '@/lib/search/types';

export type SearchEngine = { index: SearchIndex; documents: SearchDoc[] };

/**
 * The search engine of this page, loaded once on first use: its script chunk and the search data. A
 * large corpus's data comes in two steps (lib/search/split-data.ts): the first file answers at once,
 * then the index is rebuilt on the whole text when its parts have arrived. Pages that never search
 * download nothing.
 */
type EngineState = { engine?: SearchEngine; complete: boolean; failed: boolean };

let state: EngineState = { complete: false, failed: false };
let loading: Promise<SearchEngine> | undefined;
const listeners = new Set<() => void>();

function publish(next: EngineState) {
  state = next;
  for (const listener of listeners) listener();
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json() as Promise<T>;
}

/** Starts loading (once); resolves with the engine on the whole text. */
export function loadSearchEngine(): Promise<SearchEngine> {
  loading ??= (async () => {
    const [{ createSearchIndex }, { mergeSearchText }, core] = await Promise.all([
      import('@/lib/search/engine'),
      import('@/lib/search/split-data'),
      fetchJson<SearchCore>(routes.searchData()),
    ]);
    const build = (documents: SearchDoc[]): SearchEngine => ({
      index: createSearchIndex(documents, { thesaurus: core.thesaurus }),
      documents,
    });
    if (core.parts === 0) {
      const engine = build(core.documents);
      publish({ engine, complete: true, failed: false });
      return engine;
    }
    publish({ engine: build(core.documents), complete: false, failed: false });
    const parts = await Promise.all(
      Array.from({ length: core.parts }, (_, i) => fetchJson<SearchTextPart>(routes.searchTextPart(i + 1))),
    );
    const engine = build(mergeSearchText(core, parts).documents);
    publish({ engine, complete: true, failed: false });
    return engine;
  })().catch((error: unknown) => {
    loading = undefined;
    publish({ ...state, failed: true });
    throw error;
  });
  return loading;
}

export function loadSearchIndex(): Promise<SearchIndex> {
  return loadSearchEngine().then((engine) => engine.index);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const SERVER_STATE: EngineState = { complete: false, failed: false };

/** The best index available so far (undefined before the first file), and `ensure()` to start loading. */
export function useSearchIndex() {
  const current = useSyncExternalStore(
    subscribe,
    () => state,
    () => SERVER_STATE,
  );
  const ensure = useCallback(() => {
    loadSearchEngine().catch(() => {
      // The failure is published to every box; a later focus tries again.
    });
  }, []);
  return { index: current.engine?.index, failed: current.failed && !current.engine, ensure };
}
