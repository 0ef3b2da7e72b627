import type { Root as HastRoot } from 'hast';
import type { Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { ArticleSlug } from '@/lib/articles/catalog';
import { hastToJsx } from '@/lib/mdx/hast-to-jsx';
import { remarkResolveLinks } from '@/lib/mdx/remark-resolve-links';
import { articleComponents } from './mdx-components';
import { routes } from '@/lib/routes';
import { getSite } from '@/lib/site/site';

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
  const tree: Root = { type: 'root', children: structuredClone(nodes.map(unwrapListItem).flat()) };
  remarkResolveLinks({ ...getSite().linkContext(article), anchorBase: routes.article(article) })(tree);
  const hast = toHast(tree, { passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'] }) as HastRoot;
  return hastToJsx(hast, {
    Fragment,
    jsx,
    jsxs,
    components: articleComponents(article),
    file: getSite().article(article).file,
  });
}

/** A list item's content stands on its own as a step. */
function unwrapListItem(node: RootContent): RootContent[] {
  return node.type === 'listItem' ? (node.children as RootContent[]) : [node];
}
