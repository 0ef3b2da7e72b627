/**
 * Every URL of the portal, in one place: the public URL contract (docs/PRODUCT.md) as typed functions,
 * the wizards' query parameters and the data files the browser fetches (`/donnees/…`). Pages, components,
 * tickets and the search index build their links here, so a link and the page it names can never
 * disagree. Pure and light: it imports no domain module (only their id types), so client islands import it
 * too, and every domain module may.
 */
import type { ArticleSlug } from '@/lib/articles/catalog';
import type { CodeTableId } from '@/lib/tables/code-tables-meta';
import type { WizardId } from '@/lib/wizards/catalog';

/**
 * What a wizard's URL needs to know of it: its id, the parameter naming the branch (`cas`, or null for a
 * single path), each path's step count and its outcomes.
 */
export type WizardShape = {
  id: string;
  branchParam: string | null;
  paths: Readonly<Record<string, number>>;
  outcomes: readonly string[];
};

/** A place in a wizard: its start, a step of a path, or an outcome. */
export type WizardState =
  { kind: 'start' } | { kind: 'step'; path: string; step: number } | { kind: 'outcome'; outcome: string };

/** The wizards' query parameters: `?cas=nouveau&etape=2`, `?resultat=…`. */
export const STEP_PARAM = 'etape';
export const OUTCOME_PARAM = 'resultat';

/** A wizard place as a URL (`/assistants/nic-teaming?cas=nouveau&etape=2`); lib/wizards/state.ts reads it back. */
function wizardPlace(shape: WizardShape, state: WizardState): string {
  const base = `/assistants/${shape.id}`;
  if (state.kind === 'start') return base;
  if (state.kind === 'outcome') return `${base}?${OUTCOME_PARAM}=${encodeURIComponent(state.outcome)}`;
  const branch = shape.branchParam ? `${shape.branchParam}=${encodeURIComponent(state.path)}&` : '';
  return `${base}?${branch}${STEP_PARAM}=${state.step}`;
}

/** The parameter of `/recherche?q=…`. */
export const SEARCH_QUERY_PARAM = 'q';

/** The id of the code decoder's section on `/codes`. */
export const DECODER_SECTION_ID = 'titre-decodeur';

/** The id of the articles' list on the home page. */
export const HOME_ARTICLES_ID = 'articles';

export const routes = {
  home: () => '/',
  homeArticles: () => `/#${HOME_ARTICLES_ID}`,

  article: (slug: ArticleSlug) => `/articles/${slug}`,
  /** A section: `<anchor>` is the seed's own anchor (or its alias). */
  section: (slug: ArticleSlug, anchor: string) => `/articles/${slug}#${anchor}`,
  /** The article as clean Markdown (served by a static route, see app/articles/markdown). */
  articleMarkdown: (slug: ArticleSlug) => `/articles/${slug}.md`,

  codes: () => '/codes',
  decoder: () => `/codes#${DECODER_SECTION_ID}`,
  codeTable: (table: CodeTableId) => `/codes/${table}`,
  /** A row by one of its ids (`evt-15`, `0x87d1fde8`, `cas-1`, `code-29`). */
  codeRow: (table: CodeTableId, rowId: string) => `/codes/${table}#${rowId}`,

  wizards: () => '/assistants',
  wizard: (id: WizardId) => `/assistants/${id}`,
  /** A place in a wizard (start, step of a path, outcome). */
  wizardStep: (shape: WizardShape, state: WizardState) => wizardPlace(shape, state),

  /** Search results for a query; an empty query is the bare search page. The caller bounds its length. */
  search: (query: string) =>
    query.trim() ? `/recherche?${SEARCH_QUERY_PARAM}=${encodeURIComponent(query)}` : '/recherche',
  analyse: () => '/analyse',
  llmsTxt: () => '/llms.txt',

  /** The search data, fetched by the browser on first use only. */
  searchData: () => '/donnees/recherche.json',
  /** The resolution steps of every section and row, for /analyse's ticket note (fetched with its findings). */
  resolutionsData: () => '/donnees/resolutions.json',
  /** The text parts of a large corpus's search data, 1-based. */
  searchTextPart: (part: number) => `/donnees/recherche-texte/${part}.json`,
  /** An article's English originals, loaded when the agent opens one (app/donnees/anglais, lib/english/original-data.ts). */
  englishOriginals: (slug: ArticleSlug) => `/donnees/anglais/${slug}.json`,
  /** Where `/articles/<slug>.md` is generated (next.config.mjs rewrites to it; the export copies it back). */
  articleMarkdownFile: (slug: ArticleSlug) => `/donnees/articles/${slug}.md`,

  /** The lead's view (feedback, search gaps, reports), its CSV exports, sign-in and actions. */
  team: () => '/equipe',
  teamCsv: (table: string) => `/equipe/csv?table=${table}`,
  teamSignIn: () => '/api/equipe/session',
  teamSignOut: () => '/api/equipe/deconnexion',
  teamReportStatus: () => '/api/equipe/signalements',
} as const;

/** A row's deep link (`/codes/<table>#<row id>`) read back; undefined for any other link. */
export function codeRowTarget(href: string): { table: string; rowId: string } | undefined {
  const match = /^\/codes\/([a-z0-9-]+)#([^#]+)$/.exec(href);
  return match ? { table: match[1] as string, rowId: match[2] as string } : undefined;
}

/** A site path made absolute for a ticket, on the origin the agent is using (`https://portail.intra`). */
export function absoluteUrl(path: string, origin: string): string {
  return path.startsWith('/') ? `${origin.replace(/\/+$/, '')}${path}` : path;
}

/** The same Learn page in English (Learn's French URLs carry `/fr-fr/`). */
export function learnEnglishUrl(learnUrl: string): string {
  return learnUrl.replace(/\/fr-fr\//, '/en-us/');
}

/** A section of the English original: Learn keeps the seeds' English anchors. */
export function learnEnglishSectionUrl(learnUrl: string, anchor: string): string {
  return `${learnEnglishUrl(learnUrl)}#${anchor}`;
}
