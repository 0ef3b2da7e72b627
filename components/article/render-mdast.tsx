import type { RootContent } from 'mdast';
import type { MDXComponents } from 'mdx/types';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { ArticleSlug } from '@/lib/articles/catalog';
import { hastToJsx } from '@/lib/mdx/hast-to-jsx';
import { nodesToHast } from '@/lib/mdx/nodes-hast';
import { routes } from '@/lib/routes';
import { getSite } from '@/lib/site/site';

/**
 * Renders Markdown nodes of an article outside the article, with the given components and the article's link
 * rules (in-page anchors point back into the article). `MdastContent` passes the article's whole vocabulary.
 */
export function renderMdast(nodes: readonly RootContent[], article: ArticleSlug, components: MDXComponents) {
  const hast = nodesToHast(nodes, { ...getSite().linkContext(article), anchorBase: routes.article(article) });
  return hastToJsx(hast, { Fragment, jsx, jsxs, components, file: getSite().article(article).file });
}
