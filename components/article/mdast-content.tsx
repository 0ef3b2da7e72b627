import type { RootContent } from 'mdast';
import type { ArticleSlug } from '@/lib/articles/catalog';
import { articleComponents } from './mdx-components';
import { renderMdast } from './render-mdast';

type MdastContentProps = {
  /** Nodes taken from an article (a wizard step is a list item of its article). */
  nodes: readonly RootContent[];
  article: ArticleSlug;
};

/**
 * Renders part of an article's Markdown tree outside the article, with the article's components and
 * link rules (in-page anchors point back into the article).
 */
export function MdastContent({ nodes, article }: MdastContentProps) {
  return renderMdast(nodes, article, articleComponents(article));
}
