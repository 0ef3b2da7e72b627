import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleFront, contentDir } from '@/test-support/content-dir';
import type * as Documents from './documents';

// `server-only` refuses to load outside React's server build; these tests are the server.
vi.mock('server-only', () => ({}));

// Counts the builds of the search data: the point is one per process.
const builds = vi.hoisted(() => ({ count: 0 }));
vi.mock('./documents', async (original) => {
  const actual = await original<typeof Documents>();
  return {
    ...actual,
    buildSearchData: () => {
      builds.count++;
      return actual.buildSearchData();
    },
  };
});

const SITE_STORE = Symbol.for('portail-depannage.site');

/** A content directory of one article with one section. */
const oneArticle = () =>
  contentDir({
    'articles/a.mdx': `${articleFront('Article A')}<h1 id="a">Article A</h1>\n\n<h2 id="section">Une section</h2>\n\nLe capteur ne démarre pas.\n`,
  });

/** A fresh copy of this module, as each of Next's bundles (a route handler, a page) loads its own. */
async function bundleCopy() {
  vi.resetModules();
  return import('./server-index');
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  delete (globalThis as unknown as Record<symbol, unknown>)[SITE_STORE];
  builds.count = 0;
});

describe('server-index: the search data made once per process', () => {
  it('builds the data, its split and the index once, whatever bundle asks (production)', async () => {
    vi.stubEnv('CONTENT_DIR', oneArticle());
    vi.stubEnv('NODE_ENV', 'production');
    const first = await bundleCopy();
    const second = await bundleCopy();
    expect(second.getSearchData()).toBe(first.getSearchData());
    expect(second.getSearchDownload()).toBe(first.getSearchDownload());
    expect(second.getServerSearchIndex()).toBe(first.getServerSearchIndex());
    expect(builds.count).toBe(1);
    expect(first.getSearchData().documents.map((document) => document.href)).toContain('/articles/a#section');
  });

  it('makes them again from another content directory (production: the process keeps no stale data)', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('CONTENT_DIR', oneArticle());
    const before = (await bundleCopy()).getSearchData();
    vi.stubEnv('CONTENT_DIR', oneArticle());
    const after = (await bundleCopy()).getSearchData();
    expect(after).not.toBe(before);
    expect(builds.count).toBe(2);
  });
});
