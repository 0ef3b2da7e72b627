import type { SearchData, SearchDoc } from './types';

/**
 * The first search download stays small whatever the corpus: when the search data is large, the first
 * file holds every document with the beginning of its text (titles, codes, keywords and breadcrumbs whole),
 * enough to answer at once; the rest of the text follows in parts, fetched after the first results, and
 * the browser then rebuilds its index on the whole text. A small corpus (the five articles) is one file.
 */
export type SearchCore = SearchData & {
  /** How many text parts follow (0: the documents are whole). */
  parts: number;
};
/** The whole text of the documents `from` … `from + texts.length - 1`. */
export type SearchTextPart = { from: number; texts: { text: string; english: string }[] };

/** Above this much JSON, the data is split (about 130 KB gzip: the five articles stay one file). */
export const SPLIT_ABOVE_CHARS = 1_500_000;
/** What the first file keeps of each text. */
export const CORE_TEXT_CHARS = 280;
const DOCS_PER_PART = 1500;

function head(text: string, chars: number): string {
  if (text.length <= chars) return text;
  const cut = text.lastIndexOf(' ', chars);
  return text.slice(0, cut > chars / 2 ? cut : chars);
}

export function splitSearchData(
  data: SearchData,
  splitAbove = SPLIT_ABOVE_CHARS,
): { core: SearchCore; parts: SearchTextPart[] } {
  if (JSON.stringify(data).length <= splitAbove) return { core: { ...data, parts: 0 }, parts: [] };
  const documents: SearchDoc[] = data.documents.map((doc) => ({
    ...doc,
    text: head(doc.text, CORE_TEXT_CHARS),
    english: head(doc.english, CORE_TEXT_CHARS),
  }));
  const parts: SearchTextPart[] = [];
  for (let from = 0; from < data.documents.length; from += DOCS_PER_PART) {
    parts.push({
      from,
      texts: data.documents.slice(from, from + DOCS_PER_PART).map(({ text, english }) => ({ text, english })),
    });
  }
  return { core: { documents, thesaurus: data.thesaurus, parts: parts.length }, parts };
}

/** The core with its text parts put back: the whole search data. */
export function mergeSearchText(core: SearchCore, parts: readonly SearchTextPart[]): SearchData {
  const documents = core.documents.map((doc) => ({ ...doc }));
  for (const part of parts) {
    part.texts.forEach(({ text, english }, i) => {
      const doc = documents[part.from + i];
      if (doc) Object.assign(doc, { text, english });
    });
  }
  return { documents, thesaurus: core.thesaurus };
}
