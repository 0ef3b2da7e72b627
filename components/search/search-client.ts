import { connect, WorkerUnavailable, type Endpoint, type WorkerClient } from '@/lib/worker-rpc';
import { createAnswerer } from './answer-queries';
import type { SearchAnswer, SearchRequest, SearchRunner } from './search-answer';
import type { SearchWorkerApi } from './search.worker';

/** The page's way to the search engine: one per page, shared by its search boxes. */
export type Searcher = {
  prepare(): Promise<void>;
  /** Resolves once answers come from the whole text. */
  complete(): Promise<void>;
  search(request: SearchRequest): Promise<SearchAnswer | undefined>;
};

let shared: Searcher | undefined;
let runner: SearchRunner = 'worker';
const listeners = new Set<() => void>();

/** Where the search runs now; boxes say it (`data-search-runner`) and warn when it is the page. */
export function searchRunner(): SearchRunner {
  return runner;
}

export function onSearchRunner(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function fellBackToPage() {
  if (runner === 'main-thread') return;
  runner = 'main-thread';
  // Said once in the console for whoever investigates; the boxes say it to the agent.
  console.warn('Recherche : le worker n’a pas pu démarrer, la recherche tourne sur la page.');
  for (const listener of listeners) listener();
}

/**
 * The search of this page: a Web Worker downloads the data, builds the index and answers each query. When the
 * worker cannot start (a browser or a policy that refuses it) or fails, the page does the same work itself:
 * the engine's chunk is then loaded on the page, the index built in slices between key presses and frames
 * (`./use-search-index.ts`), and each query runs in a task of its own after the events already queued, so a
 * burst of keystrokes costs one search.
 */
export function getSearcher(): Searcher {
  shared ??= createSearcher();
  return shared;
}

function createSearcher(): Searcher {
  let worker: Worker | undefined;
  let client: WorkerClient<SearchWorkerApi> | undefined;
  try {
    worker = new Worker(new URL('./search.worker.ts', import.meta.url), { name: 'recherche' });
    client = connect<SearchWorkerApi>(worker as unknown as Endpoint);
  } catch {
    // Refused (Content-Security-Policy, no Worker): the page searches.
  }
  let page: Promise<Searcher> | undefined;
  const onPage = () => {
    worker?.terminate();
    worker = undefined;
    client = undefined;
    fellBackToPage();
    page ??= import('./use-search-index').then(({ loadSearchEngine, searchEngineSoFar }) => ({
      prepare: async () => void (await searchEngineSoFar()),
      complete: async () => void (await loadSearchEngine()),
      search: createAnswerer(searchEngineSoFar),
    }));
    return page;
  };
  if (!client) void onPage();

  /** Asks the worker; when it cannot start or dies (its script refused or broken), the page does the same work. */
  async function ask<T>(
    inWorker: (client: WorkerClient<SearchWorkerApi>) => Promise<T>,
    onPageToo: (s: Searcher) => Promise<T>,
  ) {
    if (client) {
      try {
        return await inWorker(client);
      } catch (error) {
        // The data failing to arrive fails on the page too: the box says so, and a later focus tries again.
        if (!(error instanceof WorkerUnavailable)) throw error;
      }
    }
    return onPageToo(await onPage());
  }

  return {
    prepare: () =>
      ask(
        (c) => c.call('prepare'),
        (s) => s.prepare(),
      ),
    complete: () =>
      ask(
        (c) => c.call('complete'),
        (s) => s.complete(),
      ),
    search: (request) =>
      ask(
        (c) => c.call('search', request),
        (s) => s.search(request),
      ),
  };
}
