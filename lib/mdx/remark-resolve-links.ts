import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { resolveHref, type LinkContext } from '@/lib/links';

/**
 * Rewrites every Markdown link with resolveHref. Links with an empty target become their text;
 * links that leave the portal carry `data-link-kind` so the UI can mark them.
 */
export function remarkResolveLinks(ctx: LinkContext) {
  return (tree: Root) => {
    visit(tree, 'link', (node: Link, index, parent) => {
      const resolved = resolveHref(node.url, ctx);
      if (resolved.kind === 'none') {
        if (parent && index !== undefined) parent.children.splice(index, 1, ...node.children);
        return;
      }
      node.url = resolved.href;
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), 'data-link-kind': resolved.kind } };
    });
  };
}
