import { loadSearchEngine } from '@/components/search/use-search-index';
import type { Analysis } from '@/lib/analyse/analyse';
import { PAGE_SLICE_MS, runInSlices } from '@/lib/slices';
import { connect, type Endpoint, type WorkerClient } from '@/lib/worker-rpc';
import type { AnalyseWorkerApi } from './analyse.worker';

/** Where an analysis ran: in the worker, or on the page in slices when no worker could start. */
export type AnalysisEngine = 'worker' | 'main-thread';

export type AnalysisRun = { analysis: Analysis; milliseconds: number; engine: AnalysisEngine };

export type Analyser = {
  /** Starts loading the search engine in the worker, before the first paste. */
  prepare(): void;
  /** The analysis of `paste`; undefined when a newer call replaced it. */
  analyse(paste: string): Promise<AnalysisRun | undefined>;
  dispose(): void;
};

/**
 * The analyser of /analyse: a Web Worker runs the search engine and the analysis. When the worker cannot
 * start (a browser or a policy that refuses it) or fails, the page runs the same analysis itself, in slices,
 * and the agent sees the same findings.
 */
export function createAnalyser(): Analyser {
  let worker: Worker | undefined;
  let client: WorkerClient<AnalyseWorkerApi> | undefined;
  try {
    worker = new Worker(new URL('./analyse.worker.ts', import.meta.url), { name: 'analyse' });
    client = connect<AnalyseWorkerApi>(worker as unknown as Endpoint);
  } catch {
    // Refused (Content-Security-Policy, no Worker): the page analyses.
  }
  const stopWorker = () => {
    worker?.terminate();
    worker = undefined;
    client = undefined;
  };
  let latest = 0;

  async function onPage(paste: string, run: number): Promise<AnalysisRun | undefined> {
    const [{ index, documents }, { analysisSteps }] = await Promise.all([
      loadSearchEngine(),
      import('@/lib/analyse/analyse'),
    ]);
    const start = performance.now();
    const analysis = await runInSlices(analysisSteps(paste, index, documents), {
      budget: PAGE_SLICE_MS,
      cancelled: () => run !== latest,
    });
    return analysis && { analysis, milliseconds: Math.round(performance.now() - start), engine: 'main-thread' };
  }

  return {
    prepare() {
      client?.call('prepare').catch(() => {
        // The first analysis finds out and falls back on the page.
      });
    },
    async analyse(paste) {
      const run = ++latest;
      if (client) {
        try {
          const result = await client.call('analyse', paste);
          return result && run === latest ? { ...result, engine: 'worker' } : undefined;
        } catch {
          // Whatever failed in the worker (its start, its scripts, its data), the page tries the same work.
          stopWorker();
        }
      }
      return onPage(paste, run);
    },
    dispose: stopWorker,
  };
}
