import 'server-only';
import { gzipSync } from 'node:zlib';
import { buildSearchData } from './documents';
import { createSearchIndex, type SearchIndex } from './engine';
import { splitSearchData, type SearchCore, type SearchTextPart } from './split-data';
import type { SearchData } from './types';

let data: SearchData | undefined;
let split: { core: SearchCore; parts: SearchTextPart[] } | undefined;
let index: SearchIndex | undefined;

/** The search data, built once per server process from content/ (the same the browser downloads). */
export function getSearchData(): SearchData {
  data ??= buildSearchData();
  return data;
}

export function getServerSearchIndex(): SearchIndex {
  const { documents, thesaurus } = getSearchData();
  index ??= createSearchIndex(documents, { thesaurus });
  return index;
}

/**
 * The first search file's budget, gzip: under the 300 KB of issue #17 with room for a server that compresses
 * less than zlib's default level. Measured, not estimated: the split weighs each candidate file.
 */
export const FIRST_FILE_GZIP_BYTES = 250 * 1024;

/** What the browser downloads: the first file, and the text parts that follow it (none for a small corpus). */
export function getSearchDownload(): { core: SearchCore; parts: SearchTextPart[] } {
  split ??= splitSearchData(getSearchData(), {
    budget: FIRST_FILE_GZIP_BYTES,
    measure: (json) => gzipSync(json).length,
  });
  return split;
}
