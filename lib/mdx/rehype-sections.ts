import type { Element, ElementContent, Root, RootContent } from 'hast';

const LEVEL: Readonly<Record<string, number>> = { h2: 2, h3: 3, h4: 4 };

/**
 * Wraps each h2/h3/h4 and what follows it (up to the next heading of the same or a higher level) in a
 * <section>, so that a `#anchor` target can highlight the whole resolution, not only its title.
 */
export function rehypeSections() {
  return (tree: Root) => {
    tree.children = sectionize(tree.children, 2);
  };
}

function headingLevel(node: RootContent): number | undefined {
  return node.type === 'element' ? LEVEL[node.tagName] : undefined;
}

function sectionize(nodes: RootContent[], level: number): RootContent[] {
  if (level > 4) return nodes;
  const out: RootContent[] = [];
  let current: Element | undefined;
  for (const node of nodes) {
    const nodeLevel = headingLevel(node);
    if (nodeLevel === level) {
      current = {
        type: 'element',
        tagName: 'section',
        properties: { dataLevel: level, className: ['article-section'] },
        children: [node as ElementContent],
      };
      out.push(current);
    } else if (current && (nodeLevel === undefined || nodeLevel > level)) {
      current.children.push(node as ElementContent);
    } else {
      current = undefined;
      out.push(node);
    }
  }
  for (const node of out) {
    if (node.type === 'element' && node.tagName === 'section') {
      node.children = sectionize(node.children as RootContent[], level + 1) as ElementContent[];
    }
  }
  return out;
}
