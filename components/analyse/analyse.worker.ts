/**
 * The log analyser's worker: the search engine (data and index) and the analysis of a paste, off the page's
 * main thread, so that the page stays responsive whatever is pasted. The page calls it through
 * `lib/worker-rpc.ts` (`components/analyse/analyser.ts`); the search engine is loaded as the search box loads
 * it, here in the worker's own scope.
 */
import { loadSearchEngine } from '@/components/search/use-search-index';
import { analysisSteps, type Analysis } from '@/lib/analyse/analyse';
import { runInSlices } from '@/lib/slices';
import { serve, type Endpoint } from '@/lib/worker-rpc';

/** The run a newer paste has not replaced yet. */
let latest = 0;

const api = {
  /** Loads the search data and builds the index before the first paste, so that it does not wait for them. */
  prepare: async (): Promise<void> => {
    await loadSearchEngine();
  },
  /** The analysis of `paste` and its time; undefined when a newer paste replaced it before it ended. */
  analyse: async (paste: string): Promise<{ analysis: Analysis; milliseconds: number } | undefined> => {
    const run = ++latest;
    const { index, documents } = await loadSearchEngine();
    const start = performance.now();
    // Slices only so that a newer paste can stop this run: nothing else waits on this thread.
    const analysis = await runInSlices(analysisSteps(paste, index, documents), {
      budget: 50,
      cancelled: () => run !== latest,
    });
    return analysis && { analysis, milliseconds: Math.round(performance.now() - start) };
  },
};

export type AnalyseWorkerApi = typeof api;

serve(api, self as unknown as Endpoint);
