import type { Root as HastRoot } from 'hast';
import type { Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import type { MDXComponents } from 'mdx/types';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { ArticleSlug } from '@/lib/articles/catalog';
import { hastToJsx } from '@/lib/mdx/hast-to-jsx';
import { remarkResolveLinks } from '@/lib/mdx/remark-resolve-links';
import { routes } from '@/lib/routes';
import { getSite } from '@/lib/site/site';

/**
 * Renders Markdown nodes of an article outside the article, with the given components and the article's link
 * rules (in-page anchors point back into the article). `MdastContent` passes the article's whole vocabulary;
 * the English originals pass the part their trees use, so that a section's heading can hold its original
 * without a circle of imports.
 */
export function renderMdast(nodes: readonly RootContent[], article: ArticleSlug, components: MDXComponents) {
  const tree: Root = { type: 'root', children: structuredClone(nodes.map(unwrapListItem).flat()) };
  remarkResolveLinks({ ...getSite().linkContext(article), anchorBase: routes.article(article) })(tree);
  const hast = toHast(tree, { passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'] }) as HastRoot;
  return hastToJsx(hast, { Fragment, jsx, jsxs, components, file: getSite().article(article).file });
}

/** A list item's content stands on its own as a step. */
function unwrapListItem(node: RootContent): RootContent[] {
  return node.type === 'listItem' ? (node.children as RootContent[]) : [node];
}
