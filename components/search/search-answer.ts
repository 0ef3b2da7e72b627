import type { SearchResult } from '@/lib/search/types';

/** One query of one search box (`box` keeps the header's and the results page's queries apart). */
export type SearchRequest = { box: string; query: string; limit: number; suggest: boolean };

/** What a search box shows for a query, and whether the index it came from covered the whole text. */
export type SearchAnswer = {
  results: SearchResult[];
  suggestion?: string;
  complete: boolean;
  /** How long the index that answered took to build. */
  indexMs: number;
};

/** Where the search runs: in its worker, or on the page when the browser refuses workers. */
export type SearchRunner = 'worker' | 'main-thread';
