import type { Root } from 'mdast';
import { ARTICLE_SLUGS, type ArticleSlug } from '@/lib/articles/catalog';
import { internalLinksOf, readArticle, type Article } from '@/lib/articles/load';
import { outlineOf, type ArticleOutline } from '@/lib/articles/outline';
import { ContentError, contentErrorsOf } from '@/lib/content-error';
import { CONTENT_DIR, contentPath } from '@/lib/content-files';
import type { LinkContext } from '@/lib/links';
import { parseCell } from '@/lib/mdx/markdown';
import { noteSearchTexts, notesByTarget, noteTargets, readTeamNotes, type TeamNote } from '@/lib/notes/load';
import { buildCodeTable, CONTENT_CODE_TABLES, type CodeTableId, type CodeTableView } from '@/lib/tables/code-tables';
import { readTable, tableExists, type TableReader } from '@/lib/tables/load';
import { TABLE_SCHEMAS, type TableData, type TableFile } from '@/lib/tables/schemas';
import { WIZARD_IDS, type WizardId } from '@/lib/wizards/catalog';
import { readWizard, type WizardDefinition } from '@/lib/wizards/load';

/** An article as every consumer reads it: its file and front matter, and its one parse (tree and headings). */
export type SiteArticle = Article & ArticleOutline;

/** A file that could not be read, and why (its content errors, each with its `file:line`). */
export type SiteProblem = { file: string; errors: readonly ContentError[] };

/**
 * The whole content directory, read once: articles (one parse each), data tables and the code tables made
 * from them, wizards, the team's notes. Pages, search documents, tickets, `/articles/<slug>.md`, `llms.txt`
 * and wizard steps all read this one object. A file that fails does not hide the others: asking for it
 * throws its own errors (a page of it fails the build naming `file:line`), and `problems` lists them all.
 */
export type Site = {
  /** The content directory it was read from. */
  readonly dir: string;
  article(slug: ArticleSlug): SiteArticle;
  /** How links are resolved inside `slug`: relative to its Learn folder, the directory's articles kept internal. */
  linkContext(slug: ArticleSlug): LinkContext;
  table: TableReader;
  codeTable(id: CodeTableId): CodeTableView;
  wizard(id: WizardId): WizardDefinition;
  /** The team's notes whose target exists (`content/notes/*.yml`). */
  notes: readonly TeamNote[];
  /** The team's notes under a target (`routes.section`, `routes.codeRow`, `routes.wizardStep`), oldest first. */
  notesFor(href: string): readonly TeamNote[];
  /** The notes' words by target URL, for search (lib/search/documents.ts). */
  noteSearchText: ReadonlyMap<string, string>;
  /** A table cell's Markdown as its tree: one processor, each distinct cell parsed once. */
  cell(markdown: string): Root;
  /**
   * What is made from the whole content (the search data, its split, the server's index), made once per read
   * of the site and kept with it: Next loads the modules that make it once per bundle (each route handler and
   * page has its own copy), all in the same worker, so a module-level cache there made it once per bundle
   * (the search data twice per build at 2,000 articles, 10 s each: docs/scale.md). `key` names what `make`
   * returns, one meaning per key.
   */
  derived<T>(key: string, make: () => T): T;
  /** Every file that failed, in the order of the build's check: articles, tables, code tables, wizards, notes. */
  problems: readonly SiteProblem[];
};

type Loaded<T> = { ok: true; value: T } | { ok: false; error: unknown };

function attempt<T>(file: string, problems: SiteProblem[], read: () => T): Loaded<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    const found = contentErrorsOf(error);
    // An error that is not a content error (a bug the file triggers) is reported against the file.
    problems.push({
      file,
      errors: found.length ? found : [new ContentError(file, undefined, `erreur inattendue : ${error}`)],
    });
    return { ok: false, error };
  }
}

function valueOf<T>(loaded: Loaded<T> | undefined, missing: () => T): T {
  if (!loaded) return missing();
  if (loaded.ok) return loaded.value;
  throw loaded.error;
}

/** Reads the content directory whole. `getSite()` calls this once and keeps the result. */
export function readSite(): Site {
  const problems: SiteProblem[] = [];
  const articles = new Map<ArticleSlug, Loaded<SiteArticle>>();
  for (const slug of ARTICLE_SLUGS) {
    articles.set(
      slug,
      attempt(contentPath(`articles/${slug}.mdx`), problems, () => {
        const article = readArticle(slug);
        return { ...article, ...outlineOf(article) };
      }),
    );
  }
  const article = (slug: ArticleSlug): SiteArticle =>
    valueOf(articles.get(slug), () => {
      throw new ContentError(contentPath(`articles/${slug}.mdx`), undefined, 'article introuvable');
    });
  const readArticles = [...articles.values()].flatMap((loaded) => (loaded.ok ? [loaded.value] : []));
  const internal = internalLinksOf(readArticles);

  const tables = new Map<TableFile, Loaded<unknown>>();
  for (const file of (Object.keys(TABLE_SCHEMAS) as TableFile[]).filter(tableExists))
    tables.set(
      file,
      attempt(contentPath(`tables/${file}.json`), problems, () => readTable(file)),
    );
  const table = <F extends TableFile>(file: F): TableData<F> =>
    valueOf(tables.get(file), () => readTable(file)) as TableData<F>;

  // A code table's errors are its data file's, already listed: its view is not a file of its own.
  const codeTables = new Map<CodeTableId, Loaded<CodeTableView>>();
  for (const id of CONTENT_CODE_TABLES)
    codeTables.set(
      id,
      attempt(id, [], () => buildCodeTable(id, table)),
    );
  const codeTable = (id: CodeTableId): CodeTableView => valueOf(codeTables.get(id), () => buildCodeTable(id, table));

  const wizards = new Map<WizardId, Loaded<WizardDefinition>>();
  for (const id of WIZARD_IDS)
    wizards.set(
      id,
      attempt(contentPath(`wizards/${id}.json`), problems, () => readWizard(id, { article, codeTable })),
    );
  const wizard = (id: WizardId): WizardDefinition =>
    valueOf(wizards.get(id), () => {
      throw new ContentError(contentPath(`wizards/${id}.json`), undefined, 'fichier introuvable');
    });

  const ok = <K, T>(map: Map<K, Loaded<T>>) =>
    [...map].flatMap(([key, loaded]) => (loaded.ok ? [{ key, value: loaded.value }] : []));
  const notes = readTeamNotes(
    noteTargets({
      sections: ok(articles).map(({ key, value }) => ({ slug: key, headings: value.headings })),
      codeTables: ok(codeTables).map(({ key, value }) => ({ id: key, view: value })),
      wizards: ok(wizards).map(({ key, value }) => ({ id: key, definition: value })),
    }),
  );
  if (notes.errors.length) problems.push({ file: contentPath('notes'), errors: notes.errors });
  const byTarget = notesByTarget(notes.notes);

  const cells = new Map<string, Root>();
  const derived = new Map<string, unknown>();
  return {
    dir: CONTENT_DIR,
    article,
    linkContext: (slug) => ({ learnDir: article(slug).meta.learnDir ?? '', internal }),
    table,
    codeTable,
    wizard,
    notes: notes.notes,
    notesFor: (href) => byTarget.get(href) ?? [],
    noteSearchText: noteSearchTexts(notes.notes),
    cell(markdown) {
      let tree = cells.get(markdown);
      if (!tree) cells.set(markdown, (tree = parseCell(markdown)));
      return tree;
    },
    derived<T>(key: string, make: () => T): T {
      if (!derived.has(key)) derived.set(key, make());
      return derived.get(key) as T;
    },
    problems,
  };
}

type Store = { site?: Site };
const moduleStore: Store = {};

/**
 * Where the one read is kept. In a production build and server, on `globalThis`: Next bundles the pages and
 * the route handlers (`/donnees/*`, `llms.txt`) apart, each with its own copy of this module, and they run in
 * the same worker; one store for the process means the content is read once there, not once per bundle.
 * Elsewhere (`next dev`, tests, scripts) a module-level store, so that a module reloaded in development
 * reads its content again.
 */
function store(): Store {
  if (process.env.NODE_ENV !== 'production') return moduleStore;
  const global = globalThis as unknown as Record<symbol, Store | undefined>;
  return (global[Symbol.for('portail-depannage.site')] ??= {});
}

/** The content directory, read once per process (see `store`) and kept: every reader of the content starts here. */
export function getSite(): Site {
  const kept = store();
  if (kept.site?.dir !== CONTENT_DIR) kept.site = readSite();
  return kept.site;
}
