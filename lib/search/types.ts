import type { CodeKind, CodeTableId, EventLog } from '@/lib/tables/code-tables-meta';
import type { CodeSignal, ProductContext } from './signals';
import type { Thesaurus } from './thesaurus';

/** One thing search can land on: an article section, a code-table row or a wizard step. */
export type SearchDoc = {
  /** The deep link of the URL contract: what the result links to. */
  href: string;
  kind: 'section' | 'row' | 'step';
  title: string;
  /** Where it sits: article › section, or the table's or wizard's name. */
  breadcrumb: string[];
  /** Plain French text (cells, paragraphs, commands). */
  text: string;
  /** English original where the source has one (004), and English anchor words. */
  english: string;
  /** Words that name the place without being its text: table title, product. Weighted above text. */
  keywords: string;
  /** Numbers this place answers to, and what they are. */
  codes: number[];
  codeKind?: CodeKind;
  /** For rows: their table (a result found through one code of a range links to that code's own id). */
  table?: CodeTableId;
  /** For event rows: the log the event comes from (SENSE, the onboarding script, MDM). */
  eventLog?: EventLog;
  /** The product the place is about: a query naming a product favours its pages. */
  product?: ProductContext;
};

/** What the browser downloads to search: the documents and the thesaurus. */
export type SearchData = { documents: SearchDoc[]; thesaurus: Thesaurus };

export type Segment = { text: string; mark: boolean };

export type SearchResult = {
  href: string;
  kind: SearchDoc['kind'];
  title: string;
  breadcrumb: string[];
  snippet: Segment[];
  /** Set when the snippet is the English original (004), for `lang="en"`. */
  snippetLang?: 'en';
  /** Folded terms that matched, for highlighting at the destination. */
  terms: string[];
  /** The code of the query this result answers to, when it was found by a code. */
  code?: CodeSignal;
  score: number;
};
