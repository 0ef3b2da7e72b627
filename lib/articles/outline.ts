import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { parseArticleBody } from '@/lib/mdx/article-syntax';
import { cachedParse } from '@/lib/mdx/parse-cache';
import { checkArticleSections, timedArticleStage } from './limits';
import type { Article } from './load';

export type OutlineHeading = { depth: 1 | 2 | 3 | 4; id: string; text: string; aliasId?: string };
export type ArticleOutline = { headings: OutlineHeading[]; tree: Root };

/**
 * The one parse of an article: its Markdown tree (validated) and its headings, for its page, table of
 * contents, search, tickets and wizards. `getSite()` (lib/site) calls it once per article and process; within
 * one build, the content check's process and Next's worker share the parse (`cachedParse`).
 */
export function outlineOf(article: Article): ArticleOutline {
  const tree = timedArticleStage(article.file, 'analyse et vérification', () =>
    cachedParse(article.file, article.body, () => parseArticleBody(article.body, article.file)),
  );
  const headings: OutlineHeading[] = [];
  const lines: (number | undefined)[] = [];
  visit(tree, 'heading', (heading: Heading) => {
    // A section is what a heading below the title opens (its own anchor, ticket and search document).
    if (heading.depth > 1) lines.push(heading.position?.start.line);
    const properties = heading.data?.hProperties ?? {};
    const entry: OutlineHeading = {
      depth: heading.depth as OutlineHeading['depth'],
      id: String(properties.id ?? ''),
      text: toString(heading).trim(),
    };
    if (properties['data-alias']) entry.aliasId = String(properties['data-alias']);
    headings.push(entry);
  });
  checkArticleSections(article.file, lines);
  return { headings, tree };
}
