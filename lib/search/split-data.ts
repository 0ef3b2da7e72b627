import type { SearchData, SearchDoc } from './types';

/**
 * The first search download stays small whatever the corpus. A small corpus (the five articles) is one file
 * of whole documents. A large one comes in two steps: the first file holds every document without its text,
 * in columns (title, link, codes) with what many documents share (breadcrumb, keywords, product, table…)
 * written once in a table, enough to answer titles, codes and tables at once; the text follows in parts,
 * fetched right after, and the index is then rebuilt on the whole documents, which are the server's field for
 * field, so that the final ranking is the server's. Measured per field in docs/scale.md: the text was four
 * fifths of the bytes.
 */

/** The fields many documents share (breadcrumb, keywords, product, table…), each value written once. */
export type SharedFields = Omit<SearchDoc, (typeof OWN_FIELDS)[number]>;
type SharedField = keyof SharedFields;

/** One shared field: its distinct values, and each document's index among them (-1: the field is absent). */
export type SharedColumn = { values: unknown[]; index: number[] };

/** The documents of a large corpus without their text, one array per field, document by document. */
export type CoreColumns = {
  /** Distinct pages (a link before its `#`). */
  paths: string[];
  path: number[];
  /** The link's anchor, null for a link without one. */
  anchor: (string | null)[];
  title: string[];
  codes: number[][];
  shared: Partial<Record<SharedField, SharedColumn>>;
  /**
   * When these columns hold only some documents, each one's place in the whole list, as the gap from the
   * previous one's (ascending places: mostly 1s, which gzip shrinks to almost nothing).
   */
  gaps?: number[];
};

/** The first file: whole documents (`parts` 0), or the columns of a large corpus whose text comes in parts. */
export type SearchCore = Pick<SearchData, 'thesaurus'> & { parts: number } & (
    { documents: SearchDoc[]; columns?: undefined } | { columns: CoreColumns; documents?: undefined }
  );

/**
 * The text and English of the documents `from` … `from + texts.length - 1`; the first part also brings the
 * documents the first file had no room for (`rest`).
 */
export type SearchTextPart = { from: number; texts: { text: string; english: string }[]; rest?: CoreColumns };

export type SplitOptions = {
  /** Above this much JSON, the data is split (about 130 KB gzip: the five articles stay one file). */
  splitAbove?: number;
  /** The first file's budget, in what `measure` counts (the server measures gzip bytes). */
  budget?: number;
  measure?: (json: string) => number;
};

export const SPLIT_ABOVE_CHARS = 1_500_000;
const DOCS_PER_PART = 1500;

function splitHref(href: string): [string, string | null] {
  const hash = href.indexOf('#');
  return hash < 0 ? [href, null] : [href.slice(0, hash), href.slice(hash + 1)];
}

/** Each distinct value (by its JSON) once, in order of first appearance, and the index of each value given. */
function interned(values: readonly unknown[]): SharedColumn {
  const column: SharedColumn = { values: [], index: [] };
  const seen = new Map<string, number>();
  for (const value of values) {
    if (value === undefined) {
      column.index.push(-1);
      continue;
    }
    const key = JSON.stringify(value);
    let at = seen.get(key);
    if (at === undefined) {
      at = column.values.push(value) - 1;
      seen.set(key, at);
    }
    column.index.push(at);
  }
  return column;
}

/** The fields each document has of its own, in columns of their own (the text, in the parts). */
const OWN_FIELDS = ['href', 'title', 'text', 'english', 'codes'] as const;

function sharedFieldsOf(doc: SearchDoc): SharedFields {
  const fields: Partial<SearchDoc> = { ...doc };
  for (const key of OWN_FIELDS) delete fields[key];
  return fields as SharedFields;
}

function toColumns(documents: readonly SearchDoc[], ids?: number[]): CoreColumns {
  const hrefs = documents.map((doc) => splitHref(doc.href));
  const paths = interned(hrefs.map(([path]) => path));
  const rest = documents.map(sharedFieldsOf);
  const keys = [...new Set(rest.flatMap((fields) => Object.keys(fields)))] as SharedField[];
  return {
    paths: paths.values as string[],
    path: paths.index,
    anchor: hrefs.map(([, anchor]) => anchor),
    title: documents.map((doc) => doc.title),
    codes: documents.map((doc) => doc.codes),
    shared: Object.fromEntries(keys.map((key) => [key, interned(rest.map((fields) => fields[key]))])),
    ...(ids ? { gaps: ids.map((id, i) => id - (i ? (ids[i - 1] as number) : 0)) } : {}),
  };
}

/**
 * Which documents the first file takes first when it cannot hold them all: code-table rows and wizard steps
 * (a code or an event id is answered at once), then article sections, the shallowest first (an article's
 * title and its main sections before their subsections); in their order otherwise.
 */
function firstFileOrder(documents: readonly SearchDoc[]): number[] {
  const rank = (doc: SearchDoc) => (doc.kind === 'section' ? 1 + doc.breadcrumb.length : 0);
  return documents.map((_, i) => i).sort((a, b) => rank(documents[a]!) - rank(documents[b]!) || a - b);
}

/** The columns of the documents at `ids` (ascending). */
function columnsOf(documents: readonly SearchDoc[], ids: number[]): CoreColumns {
  return toColumns(
    ids.map((id) => documents[id] as SearchDoc),
    ids,
  );
}

export function splitSearchData(
  data: SearchData,
  { splitAbove = SPLIT_ABOVE_CHARS, budget = Infinity, measure = (json) => json.length }: SplitOptions = {},
): { core: SearchCore; parts: SearchTextPart[] } {
  const { documents, thesaurus } = data;
  if (JSON.stringify(data).length <= splitAbove) return { core: { ...data, parts: 0 }, parts: [] };
  const parts: SearchTextPart[] = [];
  for (let from = 0; from < documents.length; from += DOCS_PER_PART) {
    parts.push({
      from,
      texts: documents.slice(from, from + DOCS_PER_PART).map(({ text, english }) => ({ text, english })),
    });
  }
  const fileOf = (columns: CoreColumns): SearchCore => ({ columns, thesaurus, parts: parts.length });
  const whole = fileOf(toColumns(documents));
  if (measure(JSON.stringify(whole)) <= budget) return { core: whole, parts };
  // The most documents, in firstFileOrder, whose columns fit the budget (a binary search on their number).
  const order = firstFileOrder(documents);
  const firstOf = (count: number) => order.slice(0, count).sort((a, b) => a - b);
  let [fits, tooMany] = [0, documents.length];
  while (tooMany - fits > 1) {
    const count = Math.floor((fits + tooMany) / 2);
    if (measure(JSON.stringify(fileOf(columnsOf(documents, firstOf(count))))) <= budget) fits = count;
    else tooMany = count;
  }
  const first = firstOf(fits);
  const inFirst = new Set(first);
  const rest = documents.map((_, i) => i).filter((i) => !inFirst.has(i));
  (parts[0] as SearchTextPart).rest = columnsOf(documents, rest);
  return { core: fileOf(columnsOf(documents, first)), parts };
}

/**
 * The documents of the first file, enough to answer before the text arrives: whole for a small corpus; for a
 * large one without text, their English words being those of their anchor (Learn's English heading ids,
 * which the whole English field starts with).
 */
export function coreDocuments(core: SearchCore): SearchDoc[] {
  return core.columns ? columnDocuments(core.columns) : core.documents;
}

function columnDocuments({ paths, path, anchor, title, codes, shared }: CoreColumns): SearchDoc[] {
  const columns = Object.entries(shared) as [SharedField, SharedColumn][];
  return title.map((docTitle, i) => {
    const hash = anchor[i] ?? null;
    const page = paths[path[i] as number] as string;
    const fields: Record<string, unknown> = {};
    for (const [key, { values, index }] of columns) {
      const at = index[i] as number;
      if (at >= 0) fields[key] = values[at];
    }
    return {
      ...(fields as SharedFields),
      href: hash === null ? page : `${page}#${hash}`,
      title: docTitle,
      text: '',
      english: hash === null ? '' : hash.replace(/-/g, ' '),
      codes: codes[i] as number[],
    };
  });
}

/** The first file with its text parts put back: the whole search data, in the server's order. */
export function mergeSearchText(core: SearchCore, parts: readonly SearchTextPart[]): SearchData {
  const documents: SearchDoc[] = [];
  const place = (columns: CoreColumns) => {
    let id = 0;
    columnDocuments(columns).forEach((doc, i) => {
      id = columns.gaps ? id + (columns.gaps[i] as number) : i;
      documents[id] = doc;
    });
  };
  if (core.columns) place(core.columns);
  else documents.push(...core.documents.map((doc) => ({ ...doc })));
  for (const part of parts) {
    if (part.rest) place(part.rest);
    part.texts.forEach(({ text, english }, i) => {
      const doc = documents[part.from + i];
      if (doc) Object.assign(doc, { text, english });
    });
  }
  return { documents, thesaurus: core.thesaurus };
}

/** How many documents the first file describes. */
export function coreSize(core: SearchCore): number {
  return core.columns ? core.columns.title.length : core.documents.length;
}
