import type { Root, RootContent } from 'mdast';

/** The top-level nodes of an article section, between its heading and the next heading of its level. */
export function sectionNodes(tree: Root, anchor: string): RootContent[] | undefined {
  const start = tree.children.findIndex((node) => node.type === 'heading' && node.data?.hProperties?.id === anchor);
  if (start < 0) return undefined;
  const depth = (tree.children[start] as { depth: number }).depth;
  const nodes: RootContent[] = [];
  for (const node of tree.children.slice(start + 1)) {
    if (node.type === 'heading' && node.depth <= depth) break;
    nodes.push(node);
  }
  return nodes;
}
