import 'server-only';
import { buildSearchData } from './documents';
import { createSearchIndex, type SearchIndex } from './engine';
import type { SearchData } from './types';

let data: SearchData | undefined;
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
