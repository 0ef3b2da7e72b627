import type { PhrasingContent, Root, Text } from 'mdast';
import { flatMapNodes, text, textElement } from './mdast';

/** `:::image type="content" source="…" alt-text="…":::` (attribute values may hold colons). */
const DIRECTIVE = /:::image\s(?:"[^"]*"|[^":])*?:::/g;
const ALT_TEXT = /\balt-text="([^"]*)"/;

const figure = (alt: string) => textElement('Figure', { alt });

/** A text node with its `:::image` directives as figures; the same node when it has none. */
function withDirectives(node: Text): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(DIRECTIVE)) {
    const alt = ALT_TEXT.exec(match[0]);
    if (!alt) continue;
    if (match.index > last) out.push({ ...node, value: node.value.slice(last, match.index) });
    out.push(figure(alt[1]!));
    last = match.index + match[0].length;
  }
  if (last === 0) return [node];
  if (last < node.value.length) out.push(text(node.value.slice(last)));
  return out;
}

/**
 * Images: the files are not shipped, the caption is. `![alt](src)` and `:::image … alt-text="…":::` become
 * `<Figure alt>`, the alt text an attribute string (a directive without alt-text stays text, reported).
 */
export function convertImages(tree: Root): void {
  flatMapNodes(tree, (node) => {
    if (node.type === 'image') return [figure(node.alt ?? '')];
    if (node.type === 'text' && node.value.includes(':::image')) return withDirectives(node);
    return undefined;
  });
}
