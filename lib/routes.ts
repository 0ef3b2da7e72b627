/**
 * Every URL of the portal, in one place: the public URL contract (docs/PRODUCT.md) as typed functions.
 * Pages, components, tickets and the search index build their links here, so a link and the page it
 * names can never disagree. Pure and light (no content loading): client islands import it too.
 */
import type { ArticleSlug } from '@/lib/articles/catalog';
import type { CodeTableId } from '@/lib/tables/code-tables-meta';
import type { WizardId } from '@/lib/wizards/catalog';
import { wizardHref, type WizardShape, type WizardState } from '@/lib/wizards/state';

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
  /** A place in a wizard (start, step of a path, outcome), serialized by the wizard's URL state module. */
  wizardStep: (shape: WizardShape, state: WizardState) => wizardHref(shape, state),

  /** Search results for a query; an empty query is the bare search page. The caller bounds its length. */
  search: (query: string) =>
    query.trim() ? `/recherche?${SEARCH_QUERY_PARAM}=${encodeURIComponent(query)}` : '/recherche',
  analyse: () => '/analyse',
  llmsTxt: () => '/llms.txt',

  /** The lead's view (feedback, search gaps, reports), its CSV exports, sign-in and actions. */
  team: () => '/equipe',
  teamCsv: (table: string) => `/equipe/csv?table=${table}`,
  teamSignIn: () => '/api/equipe/session',
  teamSignOut: () => '/api/equipe/deconnexion',
  teamReportStatus: () => '/api/equipe/signalements',
} as const;

/**
 * The id a code lands on within its row: every number inside an enrollment status range (`5-9`,
 * `26-33`) has its own id, so a link for code 29 names `code-29`, not the row's first number.
 */
export function rowIdForCode(group: { id: string; aliasIds: readonly string[] }, code?: number): string {
  if (code === undefined) return group.id;
  const own = group.aliasIds.find((alias) => alias === `code-${code}`);
  return own ?? group.id;
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
