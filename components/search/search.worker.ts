/**
 * The search worker: downloads the search data, builds the index and answers every query off the page's main
 * thread, so that typing stays fluid while a large index builds. The header's instant search and /recherche
 * call it through `lib/worker-rpc.ts` (`./search-client.ts`); its engine is loaded as everywhere else
 * (`./use-search-index.ts`), in the worker's own scope.
 */
import { serve, type Endpoint } from '@/lib/worker-rpc';
import { createAnswerer } from '@/components/search/answer-queries';
import { loadSearchEngine, searchEngineSoFar } from '@/components/search/use-search-index';

const api = {
  /** Starts loading the data and building the index on the first focus, before the first keystroke. */
  prepare: async (): Promise<void> => {
    await searchEngineSoFar();
  },
  /** Resolves once the index covers the whole text (at once for a corpus that comes in one file). */
  complete: async (): Promise<void> => {
    await loadSearchEngine();
  },
  /** The answer to a query; undefined when a newer query of the same box arrived before it ran. */
  search: createAnswerer(searchEngineSoFar),
};

export type SearchWorkerApi = typeof api;

serve(api, self as unknown as Endpoint);
