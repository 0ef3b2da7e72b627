import type { Root as HastRoot } from 'hast';
import type { Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import type { LinkContext } from '@/lib/links';
import { remarkResolveLinks } from './remark-resolve-links';

/**
 * Markdown nodes of an article shown outside it (a wizard step, an English original) as hast, with the
 * article's link rules: what `hastToJsx` renders, on the server for a page and in the browser for an English
 * original loaded on demand (the same tree, the same sanitising). The vocabulary's JSX elements pass through
 * as they are; no raw HTML is kept (toHast drops it without `allowDangerousHtml`).
 */
export function nodesToHast(nodes: readonly RootContent[], links: LinkContext): HastRoot {
  const tree: Root = { type: 'root', children: structuredClone(nodes.map(unwrapListItem).flat()) };
  remarkResolveLinks(links)(tree);
  return toHast(tree, { passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'] }) as HastRoot;
}

/** A list item's content stands on its own as a step. */
function unwrapListItem(node: RootContent): RootContent[] {
  return node.type === 'listItem' ? (node.children as RootContent[]) : [node];
}
