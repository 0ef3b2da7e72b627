import type { PhrasingContent, Root, RootContent } from 'mdast';
import { flatMapNodes, flowElement, textElement, type ConvertContext } from './mdast';

/**
 * Learn's deep links outside headings. `<a name="x"></a>` (or `<a name="x"/>`) is an anchor where it
 * stands (`<Anchor id>`); `<span id="x" />` alone on its line gives the heading that follows a second id
 * (`<AnchorAlias id>`). In the tree they are HTML nodes: micromark reads `<a name="x">` and `</a>` as two.
 */
const OPEN = /^<a\s+name="([^"]+)"\s*>$/;
const SELF_CLOSING = /^<a\s+name="([^"]+)"\s*\/>$/;
const CLOSE = /^<\/a\s*>$/;
const ALIAS = /^<span\s+id="([^"]+)"\s*\/>[ \t]*(?:\n|$)/;

/** The same anchors in source text (a heading's id is computed from its source, as Learn does). */
export const SOURCE_ANCHOR = /<a name="([^"]+)"\s*(?:\/>|><\/a>)/g;

const htmlValue = (node: PhrasingContent | undefined) => (node?.type === 'html' ? node.value : '');

/** The anchor starting at `children[index]`, with the number of nodes it spans. */
export function anchorAt(
  children: readonly PhrasingContent[],
  index: number,
): { id: string; span: number } | undefined {
  const value = htmlValue(children[index]);
  const self = SELF_CLOSING.exec(value);
  if (self) return { id: self[1]!, span: 1 };
  const open = OPEN.exec(value);
  return open && CLOSE.test(htmlValue(children[index + 1])) ? { id: open[1]!, span: 2 } : undefined;
}

/** Siblings with each anchor replaced by what `replace` gives for its id (an element, or nothing). */
export function replaceAnchors(
  children: readonly PhrasingContent[],
  replace: (id: string) => PhrasingContent[],
): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (let i = 0; i < children.length; i++) {
    const anchor = anchorAt(children, i);
    if (!anchor) out.push(children[i]!);
    else {
      out.push(...replace(anchor.id));
      i += anchor.span - 1;
    }
  }
  return out;
}

export const anchorElement = (id: string) => textElement('Anchor', { id });

/**
 * `<span id="x" />` opening an HTML block: an HTML block runs to the next blank line, so a heading written
 * right below the span is part of the block. The span is kept alone and what followed it is read again.
 */
export function splitAliasBlocks(tree: Root, context: ConvertContext): void {
  flatMapNodes(tree, (node) => {
    const alias = node.type === 'html' ? ALIAS.exec(node.value) : null;
    if (!alias || node.type !== 'html' || alias[0].trim() === node.value.trim()) return undefined;
    const start = (node.position?.start.offset ?? 0) + alias[0].length;
    return [{ ...node, value: alias[0].trim() }, ...context.fragment(node.value.slice(alias[0].length), node, start)];
  });
}

/** The id of a `<span id="x" />` block, alone (after `splitAliasBlocks`). */
export function aliasOf(node: RootContent): string | undefined {
  const alias = node.type === 'html' ? ALIAS.exec(node.value) : null;
  return alias && node.type === 'html' && alias[0].trim() === node.value.trim() ? alias[1] : undefined;
}

export const aliasElement = (id: string) => flowElement('AnchorAlias', { id });
