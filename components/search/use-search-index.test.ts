import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '@/lib/routes';
import { buildSearchDocuments } from '@/lib/search/documents';
import { splitSearchData } from '@/lib/search/split-data';
import { loadThesaurus } from '@/lib/search/thesaurus-file';

// A corpus whose whole-text index takes a few slices to build: the seeds' documents, five times over.
const seeds = buildSearchDocuments();
const documents = Array.from({ length: 5 }, (_, copy) =>
  seeds.map((doc) => ({ ...doc, href: `${doc.href}-${copy}`, title: `${doc.title} ${copy}` })),
).flat();
const { core, parts } = splitSearchData({ documents, thesaurus: loadThesaurus() }, { splitAbove: 0 });

/** The search data as the worker downloads it: the first file, then its text parts. */
function serveSearchData() {
  const files = new Map<string, unknown>([
    [routes.searchData(), core],
    ...parts.map((part, i) => [routes.searchTextPart(i + 1), part] as [string, unknown]),
  ]);
  vi.stubGlobal('fetch', async (url: string) => {
    const body = files.get(url);
    return { ok: body !== undefined, status: body === undefined ? 404 : 200, json: async () => body };
  });
}

// The module keeps its engine in module scope: this file is its only importer, once (vitest.config.ts).
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the search engine in a worker, on a corpus that comes in parts', () => {
  it('answers from the first index while the whole-text one builds, and then from the whole text', async () => {
    expect(parts.length).toBeGreaterThan(0);
    serveSearchData();
    const { loadSearchEngine, searchEngineSoFar } = await import('./use-search-index');
    let wholeDone = false;
    const whole = loadSearchEngine().then((engine) => {
      wholeDone = true;
      return engine;
    });
    const first = await searchEngineSoFar();
    expect(first.complete).toBe(false);
    // A query sent to the worker is a task: it must get its turn before the whole-text index is done.
    const turn = await new Promise<{ wholeDone: boolean; complete: boolean }>((resolve) =>
      setTimeout(() => void searchEngineSoFar().then(({ complete }) => resolve({ wholeDone, complete })), 0),
    );
    expect(turn).toEqual({ wholeDone: false, complete: false });
    expect(first.engine.index.search(seeds[0]!.title).length).toBeGreaterThan(0);
    // While queries keep coming (the agent types), the whole-text build waits; it ends once they stop.
    const typingFor = async (ms: number) => {
      for (const end = performance.now() + ms; performance.now() < end;) {
        await searchEngineSoFar();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    await typingFor(1500);
    expect(wholeDone).toBe(false);
    const engine = await whole;
    expect(engine.documents).toHaveLength(documents.length);
    expect(await searchEngineSoFar()).toMatchObject({ complete: true });
  });
});
