import type { SearchIndex } from '@/lib/search/engine';
import { routes } from '@/lib/routes';
import { nextTask, PAGE_SLICE_MS, runInSlices, runToEnd } from '@/lib/slices';
import type { SearchCore, SearchTextPart } from '@/lib/search/split-data';
import type { SearchDoc } from '@/lib/search/types';

/** The index, its documents, and how long the index took to build (milliseconds, where it was built). */
export type SearchEngine = { index: SearchIndex; documents: SearchDoc[]; buildMs: number };

/**
 * The search engine of a scope (the search worker's, the analyser's, or the page's when no worker can
 * start), loaded once on first use: its script chunk and the search data. A large corpus's data comes in
 * two steps (lib/search/split-data.ts): the first file answers at once, then the index is rebuilt on the
 * whole text when its parts have arrived. Pages that never search download nothing.
 */
type EngineState = { engine?: SearchEngine; complete: boolean; failed: boolean };

/** A page (a document), not a worker: the index is then built in slices this long. */
const ON_PAGE = typeof document !== 'undefined';

/**
 * A worker's slices while it builds the whole-text index behind the first one: the page's queries are answered
 * between them, from the first index, instead of waiting for the whole build (6 s in Node at 2,000 articles,
 * 14,601 documents, and a first query answered 20 s after its last key in Chromium before the slices).
 */
const WORKER_SLICE_MS = 25;

/**
 * The whole-text build also waits while the agent types: it goes on once no query came for this long. Built
 * beside the typing, it took a core from the page while each answer was drawn (2,000 articles: header box 8.3 %
 * of keys past a frame, against 2.2 % with the build in one go; docs/scale.md); the first index answers meanwhile.
 */
const TYPING_PAUSE_MS = 300;

/** When the latest query asked for an engine (`searchEngineSoFar`), on this scope's clock. */
let lastQueryAt = -Infinity;

/** Between two slices of the whole-text build: a turn for queries, then until the typing pauses. */
async function untilTypingPauses(): Promise<void> {
  await nextTask();
  for (let quiet = performance.now() - lastQueryAt; quiet < TYPING_PAUSE_MS; quiet = performance.now() - lastQueryAt)
    await new Promise((resolve) => setTimeout(resolve, TYPING_PAUSE_MS - quiet));
}

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
    const [{ searchIndexSteps }, { coreDocuments, mergeSearchText }, core] = await Promise.all([
      import('@/lib/search/engine'),
      import('@/lib/search/split-data'),
      fetchJson<SearchCore>(routes.searchData()),
    ]);
    const build = async (documents: SearchDoc[], answering: boolean): Promise<SearchEngine> => {
      const start = performance.now();
      const steps = searchIndexSteps(documents, { thesaurus: core.thesaurus });
      // On the page (no worker could start), slices of PAGE_SLICE_MS, so that key presses and frames go between
      // them while a large index builds. In a worker, the first index in one go (nothing can answer yet); the
      // whole-text one, while the first answers, in slices that let queries through and wait for a pause.
      const index = ON_PAGE
        ? await runInSlices(steps, { budget: PAGE_SLICE_MS })
        : answering
          ? await runInSlices(steps, { budget: WORKER_SLICE_MS, pause: untilTypingPauses })
          : runToEnd(steps);
      if (!index) throw new Error('construction de l’index interrompue');
      return { index, documents, buildMs: Math.round(performance.now() - start) };
    };
    if (core.parts === 0) {
      const engine = await build(coreDocuments(core), false);
      publish({ engine, complete: true, failed: false });
      return engine;
    }
    // The text parts download while the first index builds.
    const arriving = Promise.all(
      Array.from({ length: core.parts }, (_, i) => fetchJson<SearchTextPart>(routes.searchTextPart(i + 1))),
    );
    arriving.catch(() => {
      // Reported by the await below, once the first index is published.
    });
    publish({ engine: await build(coreDocuments(core), false), complete: false, failed: false });
    const parts = await arriving;
    const engine = await build(mergeSearchText(core, parts).documents, true);
    publish({ engine, complete: true, failed: false });
    return engine;
  })().catch((error: unknown) => {
    loading = undefined;
    publish({ ...state, failed: true });
    throw error;
  });
  return loading;
}

/**
 * The best engine so far, as soon as the first file is indexed (`complete` false while the text parts of a
 * large corpus are still coming): the first answers need not wait for the whole text.
 */
export function searchEngineSoFar(): Promise<{ engine: SearchEngine; complete: boolean }> {
  lastQueryAt = performance.now();
  const whole = loadSearchEngine();
  if (state.engine) return Promise.resolve({ engine: state.engine, complete: state.complete });
  return new Promise((resolve, reject) => {
    const listener = () => {
      if (!state.engine) return;
      listeners.delete(listener);
      resolve({ engine: state.engine, complete: state.complete });
    };
    listeners.add(listener);
    whole.catch((error: unknown) => {
      listeners.delete(listener);
      reject(error instanceof Error ? error : new Error(String(error)));
    });
  });
}
