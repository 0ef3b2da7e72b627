import 'server-only';
import { buildSearchDocuments } from './documents';
import { createSearchIndex, type SearchIndex } from './engine';
import type { SearchDoc } from './types';

let documents: SearchDoc[] | undefined;
let index: SearchIndex | undefined;

/** The documents, built once per server process from content/ (the same the browser downloads). */
export function getSearchDocuments(): SearchDoc[] {
  documents ??= buildSearchDocuments();
  return documents;
}

export function getServerSearchIndex(): SearchIndex {
  index ??= createSearchIndex(getSearchDocuments());
  return index;
}
