import { resultsPageFor } from '@/lib/search/results-page';
import { nextTask } from '@/lib/slices';
import type { SearchAnswer, SearchRequest } from './search-answer';
import type { SearchEngine } from './use-search-index';

type EngineSoFar = () => Promise<{ engine: SearchEngine; complete: boolean }>;

/**
 * Answers the queries of the search boxes with the best engine so far, where the engine lives (the worker, or
 * the page when no worker can start). A query that a newer one of the same box replaced before it ran is not
 * run: keystrokes that queued up while the index was building collapse into the last one.
 */
export function createAnswerer(engineSoFar: EngineSoFar) {
  const latest = new Map<string, number>();
  return async ({ box, query, limit, suggest }: SearchRequest): Promise<SearchAnswer | undefined> => {
    const run = (latest.get(box) ?? 0) + 1;
    latest.set(box, run);
    const { engine, complete } = await engineSoFar();
    // Messages and events that arrived during the build go first: a newer query bumps `latest` here.
    await nextTask();
    if (latest.get(box) !== run) return undefined;
    return { ...resultsPageFor(engine.index, query, { limit, suggest }), complete, indexMs: engine.buildMs };
  };
}
