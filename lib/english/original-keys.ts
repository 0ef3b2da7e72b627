import type { Root } from 'hast';

/**
 * The English originals as the browser loads them (`routes.englishOriginals(slug)`, one file per article,
 * built by `./original-data.ts`): each section's and each code row's English as a hast tree, rendered on
 * opening by the same `hastToJsx` as the page. The keys are written here once, for the server that builds
 * the file and the page that names an entry in it. Pure and light: client islands import it.
 */
export type EnglishOriginalEntry = {
  /** The English heading, as Learn writes it (sections only). */
  heading?: string;
  body: Root;
};

export type EnglishOriginals = { entries: Record<string, EnglishOriginalEntry> };

/** A section's entry, by the French heading's id (the anchor the page and the alignment share). */
export function englishSectionKey(anchor: string): string {
  return `section:${anchor}`;
}

/** A code row's entry: the anchor of the section holding its table, then its codes (a row is its codes). */
export function englishRowKey(anchor: string, codes: readonly number[]): string {
  return `row:${anchor}:${codes.join(',')}`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The entry `key` of a file as fetched, or undefined when the file does not have that shape (a proxy's error
 * page, a file of another version): the page then says the original could not be loaded, rather than
 * render something else. The tree itself is checked again by `hastToJsx` when it is rendered.
 */
export function englishEntryOf(data: unknown, key: string): EnglishOriginalEntry | undefined {
  if (!isObject(data) || !isObject(data.entries) || !Object.hasOwn(data.entries, key)) return undefined;
  const entry = data.entries[key];
  if (!isObject(entry) || !isObject(entry.body) || entry.body.type !== 'root' || !Array.isArray(entry.body.children))
    return undefined;
  if (entry.heading !== undefined && typeof entry.heading !== 'string') return undefined;
  return entry as EnglishOriginalEntry;
}
