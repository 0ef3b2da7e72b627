import 'server-only';
import { gzipSync } from 'node:zlib';
import { getSite } from '@/lib/site/site';
import { buildSearchData } from './documents';
import { createSearchIndex, type SearchIndex } from './engine';
import { splitSearchData, type SearchCore, type SearchTextPart } from './split-data';
import type { SearchData } from './types';

// Each is made once per read of the content and kept with it (`getSite().derived`): once per process, though
// every route handler and page that asks has its own copy of this module.

/** The search data, built once per server process from content/ (the same the browser downloads). */
export function getSearchData(): SearchData {
  return getSite().derived('search-data', buildSearchData);
}

export function getServerSearchIndex(): SearchIndex {
  return getSite().derived('search-index', () => {
    const { documents, thesaurus } = getSearchData();
    return createSearchIndex(documents, { thesaurus });
  });
}

/**
 * The first search file's budget, gzip: under the 300 KB of issue #17 with room for a server that compresses
 * less than zlib's default level. Measured, not estimated: the split weighs each candidate file.
 */
export const FIRST_FILE_GZIP_BYTES = 250 * 1024;

/** What the browser downloads: the first file, and the text parts that follow it (none for a small corpus). */
export function getSearchDownload(): { core: SearchCore; parts: SearchTextPart[] } {
  return getSite().derived('search-download', () =>
    splitSearchData(getSearchData(), {
      budget: FIRST_FILE_GZIP_BYTES,
      measure: (json) => gzipSync(json).length,
    }),
  );
}
