import type { Root } from 'hast';
import type { RootContent } from 'mdast';
import type { ArticleSlug } from '@/lib/articles/catalog';
import { nodesToHast } from '@/lib/mdx/nodes-hast';
import { routes } from '@/lib/routes';
import { getSite } from '@/lib/site/site';
import { CONTENT_CODE_TABLES } from '@/lib/tables/code-tables';
import { englishRowKey, englishSectionKey, type EnglishOriginals } from './original-keys';
import { englishRowTree, englishSectionTree } from './tree';

/**
 * The file of an article's English originals (`/donnees/anglais/<slug>.json`, built once at build time): every
 * section's and every code row's English, as the page used to render it into its HTML. The page now carries
 * only the folded « Original anglais » and loads this on opening: the English no longer doubles the weight of
 * every page for the few originals an agent opens. Search, tickets and the `.md` export read the English from
 * `./tree.ts` themselves, unchanged.
 */
export function englishOriginals(slug: ArticleSlug): EnglishOriginals {
  // In-page anchors point into the article, whichever page (article, code table, wizard) shows the original.
  const links = { ...getSite().linkContext(slug), anchorBase: routes.article(slug) };
  const hast = (nodes: readonly RootContent[]) => withoutPositions(nodesToHast(nodes, links));
  const entries: EnglishOriginals['entries'] = {};
  for (const { id } of getSite().article(slug).headings) {
    const section = englishSectionTree(slug, id);
    if (section) entries[englishSectionKey(id)] = { heading: section.heading, body: hast(section.nodes) };
  }
  for (const table of CONTENT_CODE_TABLES) {
    const { source, groups } = getSite().codeTable(table);
    if (source.article !== slug) continue;
    for (const { codes } of groups) {
      const nodes = englishRowTree(slug, source.anchor, codes);
      if (nodes) entries[englishRowKey(source.anchor, codes)] = { body: hast(nodes) };
    }
  }
  return { entries };
}

/** The tree without its source positions: a third of its weight, and nothing the browser uses. */
function withoutPositions(tree: Root): Root {
  return JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value))) as Root;
}
