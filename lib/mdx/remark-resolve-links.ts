import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { resolveHref, unsafeUrlScheme, type LinkContext } from '@/lib/links';

/**
 * Rewrites every Markdown link with resolveHref. Links with an empty target, or one that would run code
 * (`javascript:`…, refused by the build already), become their text; reference definitions are resolved the
 * same way, and an image whose address would run code is dropped. Links that leave the portal carry
 * `data-link-kind` so the UI can mark them.
 */
export function remarkResolveLinks(ctx: LinkContext) {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'image' && unsafeUrlScheme(node.url) && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      if (node.type === 'definition') {
        const resolved = resolveHref(node.url, ctx);
        node.url = resolved.kind === 'none' ? '' : resolved.href;
        return;
      }
      if (node.type !== 'link') return;
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
