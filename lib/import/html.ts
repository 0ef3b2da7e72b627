import type { Nodes, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { flatMapNodes, isFlowParent, isParent, text, textElement, type ConvertContext } from './mdast';

const HTML_ELEMENTS = new Set(
  'a abbr b blockquote code dd div dl dt em h1 h2 h3 h4 h5 h6 hr i iframe img kbd li ol p pre s script small span strong style sub sup table tbody td th thead tr u ul video'.split(
    ' ',
  ),
);

/** HTML elements in a piece of HTML. Placeholders such as `<Access Key>` or `<your-instance-name>` are text. */
export function htmlElements(html: string): string[] {
  return [...html.matchAll(/<\/?([a-z][a-z0-9]*)(?=[\s>/])[^>]*>/gi)]
    .map((m) => m[1]!.toLowerCase())
    .filter((tag) => HTML_ELEMENTS.has(tag));
}

/**
 * HTML left once the known constructs are handled (`<sup>`, `<div>`, placeholders) is shown as the text it
 * is: in a sentence as text, alone as a paragraph. It never reaches MDX as markup; elements are reported
 * once per line.
 */
export function htmlAsText(tree: Root, context: ConvertContext): void {
  const reported = new Set<string>();
  flatMapNodes(tree, (node, parent): RootContent[] | undefined => {
    if (node.type !== 'html') return undefined;
    for (const tag of htmlElements(node.value)) {
      const at = context.origin(node);
      const key = `${at.file}:${at.line}:${tag}`;
      if (!reported.has(key)) context.note(node, `balise HTML <${tag}> inconnue, gardée en texte`);
      reported.add(key);
    }
    const shown = { ...text(node.value), position: node.position };
    return [isFlowParent(parent) ? { type: 'paragraph', children: [shown], position: node.position } : shown];
  });
}

/**
 * Paired inline tags that have a Markdown equivalent (or none that matters: `<u>`, `<small>` keep their text).
 * Not `<span>`: its `id` is an anchor that later steps read.
 */
const INLINE_TAGS: Record<string, 'strong' | 'emphasis' | 'delete' | 'inlineCode' | 'text'> = {
  strong: 'strong',
  b: 'strong',
  em: 'emphasis',
  i: 'emphasis',
  s: 'delete',
  del: 'delete',
  strike: 'delete',
  code: 'inlineCode',
  kbd: 'inlineCode',
  samp: 'inlineCode',
  u: 'text',
  small: 'text',
};

const openTag = (node: PhrasingContent | RootContent): string | undefined => {
  if (node.type !== 'html') return undefined;
  const tag = /^<([a-z]+)(?:\s[^<>]*)?>$/i.exec(node.value.trim())?.[1]?.toLowerCase();
  return tag && (tag in INLINE_TAGS || LIST_TAGS.has(tag) || tag === 'li') ? tag : undefined;
};
const closeTag = (node: PhrasingContent | RootContent): string | undefined =>
  node.type === 'html' ? /^<\/([a-z]+)\s*>$/i.exec(node.value.trim())?.[1]?.toLowerCase() : undefined;

const LIST_TAGS = new Set(['ul', 'ol']);

/** Every tag `convertInlineHtml` turns into Markdown when paired: what a reader of the page sees as text. */
export const CONVERTED_TAGS: readonly string[] = [...Object.keys(INLINE_TAGS), ...LIST_TAGS, 'li'];

/** Index of the tag closing `children[start]` (same tag, nesting counted), or -1 when it is not closed here. */
function closingIndex(children: readonly PhrasingContent[], start: number, tag: string): number {
  let depth = 0;
  for (let i = start + 1; i < children.length; i++) {
    if (openTag(children[i]!) === tag) depth++;
    else if (closeTag(children[i]!) === tag && depth-- === 0) return i;
  }
  return -1;
}

const plainText = (nodes: readonly PhrasingContent[]): string | undefined =>
  nodes.every((node) => node.type === 'text') ? nodes.map((node) => (node as Text).value).join('') : undefined;

/** A list in a table cell (a cell holds one line): each item after a line break, with a bullet or its number. */
function cellList(tag: string, inner: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let number = 0;
  for (let i = 0; i < inner.length; i++) {
    const node = inner[i]!;
    if (openTag(node) === 'li') {
      const end = closingIndex(inner, i, 'li');
      const item = end < 0 ? inner.slice(i + 1) : inner.slice(i + 1, end);
      const first = item[0];
      if (first?.type === 'text') item[0] = { ...first, value: first.value.trimStart() };
      out.push(textElement('br'), text(tag === 'ol' ? `${++number}. ` : '• '), ...item);
      i = end < 0 ? inner.length : end;
    } else if (!(node.type === 'text' && node.value.trim() === '')) out.push(node);
  }
  return out;
}

/** The children of a sentence with their paired inline HTML as Markdown nodes; unpaired tags are left as they are. */
function pairInlineHtml(children: readonly PhrasingContent[], inCell: boolean): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    const tag = openTag(node);
    const end = tag && tag !== 'li' && (inCell || !LIST_TAGS.has(tag)) ? closingIndex(children, i, tag) : -1;
    if (!tag || end < 0) {
      out.push(node);
      continue;
    }
    const inner = pairInlineHtml(children.slice(i + 1, end), inCell);
    const kind = LIST_TAGS.has(tag) ? 'list' : INLINE_TAGS[tag]!;
    const code = kind === 'inlineCode' ? plainText(inner) : undefined;
    if (kind === 'list') out.push(...cellList(tag, inner));
    else if (kind === 'inlineCode' && code !== undefined) out.push({ type: 'inlineCode', value: code });
    else if (kind === 'strong' || kind === 'emphasis' || kind === 'delete')
      out.push({ type: kind, children: inner } as PhrasingContent);
    else out.push(...inner);
    i = end;
  }
  return out;
}

/**
 * Learn's inline formatting written as HTML (`<strong>`, `<b>`, `<em>`, `<i>`, `<code>`, `<kbd>`, `<s>`, and in
 * table cells, where Markdown lists cannot go, `<ul>`/`<ol>` with their `<li>`): when a tag is opened and closed
 * in the same sentence or cell, it becomes the Markdown it means (a cell's list, one line per item). What is not
 * paired is left to `htmlAsText`, which shows it as text.
 */
export function convertInlineHtml(tree: Root): void {
  visit(tree, (node) => {
    if (!isParent(node as Nodes) || isFlowParent(node as Parent)) return;
    const parent = node as Parent & { children: PhrasingContent[] };
    if (!parent.children.some((child) => child.type === 'html')) return;
    parent.children = pairInlineHtml(parent.children, node.type === 'tableCell');
  });
}
