import type { Blockquote, BlockContent, DefinitionContent, Paragraph, Root, RootContent } from 'mdast';
import { flatMapNodes, flowElement } from './mdast';

export type CalloutType = 'note' | 'important' | 'tip' | 'warning' | 'caution';

/** `> [!NOTE]` (IMPORTANT, TIP, WARNING, CAUTION) opens a callout; `> [!div class="…"]` only styles its block. */
const MARKER = /^\[!(NOTE|IMPORTANT|TIP|WARNING|CAUTION|div\s[^\]\n]*)\][ \t]*(?:\n|$)/i;

type Marker = { type: CalloutType } | { type: 'div' };
type Group = { marker?: Marker; children: (BlockContent | DefinitionContent)[] };

/** The marker a quoted paragraph starts with, and the paragraph without it (undefined when nothing is left). */
function markerOf(node: RootContent): { marker: Marker; rest?: Paragraph } | undefined {
  const first = node.type === 'paragraph' ? node.children[0] : undefined;
  const match = first?.type === 'text' ? MARKER.exec(first.value) : null;
  if (!match || node.type !== 'paragraph' || first?.type !== 'text') return undefined;
  const name = match[1]!.toLowerCase();
  const marker: Marker = name.startsWith('div') ? { type: 'div' } : { type: name as CalloutType };
  const value = first.value.slice(match[0].length);
  const children = value ? [{ ...first, value }, ...node.children.slice(1)] : node.children.slice(1);
  return children.length ? { marker, rest: { ...node, children } } : { marker };
}

/** The quoted blocks cut at each marker: a quote may hold several callouts one after the other. */
function groupsOf(quote: Blockquote): Group[] {
  const groups: Group[] = [{ children: [] }];
  for (const child of quote.children) {
    const found = markerOf(child);
    if (found) groups.push({ marker: found.marker, children: found.rest ? [found.rest] : [] });
    else groups.at(-1)!.children.push(child);
  }
  return groups;
}

/**
 * DocFX callouts: a quote opened by `[!NOTE]` & co. becomes `<Callout type>` holding the quoted blocks; a
 * `[!div class="…"]` quote is unwrapped (checklists, next-step links); any other quote stays a quote.
 */
export function convertCallouts(tree: Root): void {
  flatMapNodes(tree, (node) => {
    if (node.type !== 'blockquote') return undefined;
    return groupsOf(node).flatMap((group): RootContent[] => {
      if (!group.marker) return group.children.length ? [{ ...node, children: group.children }] : [];
      if (group.marker.type === 'div') return group.children;
      return [flowElement('Callout', { type: group.marker.type }, group.children)];
    });
  });
}
