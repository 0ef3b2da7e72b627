import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { aliasElement, aliasOf, anchorAt, anchorElement, replaceAnchors, SOURCE_ANCHOR } from './anchors';
import { frenchSource } from './bilingual';
import { ContentError } from '@/lib/content-error';
import { flatMapNodes, isFlowParent, isParent, text, textElement, type ConvertContext } from './mdast';
import { MAX_HEADINGS } from './source-text';

/**
 * The id Learn gives a heading that has no `<a name>`: the text as a reader sees it, lower-cased, without
 * punctuation, spaces as hyphens (`Suspected overpass-the-hash attack (external ID 2008)` →
 * `suspected-overpass-the-hash-attack-external-id-2008`). Accents are dropped: portal ids are ASCII.
 */
export function learnHeadingId(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .trim()
    .replace(/ /g, '-')
    .replace(/_/g, '')
    .replace(/^-+/, '');
}

/** Learn numbers a repeated id (`x`, `x-1`, `x-2`); the portal needs every id once. */
export function uniqueId(id: string, taken: Set<string>): string {
  let candidate = id || 'section';
  for (let n = 1; taken.has(candidate); n++) candidate = `${id || 'section'}-${n}`;
  taken.add(candidate);
  return candidate;
}

/** Ids the portal accepts (lib/mdx/article-syntax.ts): lower case, digits, `-` and `_`, starting alphanumeric. */
export function portalId(id: string): string {
  return id
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '');
}

/** An article with more sections than the limit (lib/import/source-text.ts) is refused before any conversion. */
export function checkHeadingCount(tree: Root, context: ConvertContext): void {
  let count = 0;
  flatMapNodes(tree, (node) => {
    if (node.type === 'heading') count++;
    return undefined;
  });
  if (count > MAX_HEADINGS) {
    const limit = MAX_HEADINGS.toLocaleString('fr-FR');
    throw new ContentError(
      context.file,
      undefined,
      `${count.toLocaleString('fr-FR')} titres : refusé (au plus ${limit} par article)`,
    );
  }
}

/** What a heading's id comes from: its `<a name>`, else its French text, both read in the source. */
type HeadingSource = { anchor?: string; text: string };

/**
 * Each heading's anchor and text as written in the source, read before any construct is converted: ids are
 * public URLs, computed from the source the way they always were.
 */
export function readHeadingSources(tree: Root, context: ConvertContext): Map<Heading, HeadingSource> {
  const sources = new Map<Heading, HeadingSource>();
  flatMapNodes(tree, (node) => {
    if (node.type !== 'heading') return undefined;
    const raw = frenchSource(headingContent(context.sourceOf(node)));
    const anchor = [...raw.matchAll(SOURCE_ANCHOR)][0]?.[1];
    const text = raw.replace(SOURCE_ANCHOR, '').trim();
    sources.set(node, anchor ? { anchor, text } : { text });
    return undefined;
  });
  return sources;
}

/** A heading's content as written: without its `#` marks (ATX) or its underline (setext). */
function headingContent(source: string): string {
  if (/^#{1,6}(?:[ \t]|$)/.test(source))
    return source
      .replace(/^#{1,6}/, '')
      .replace(/\s#+\s*$/, '')
      .trim();
  return source.split('\n').slice(0, -1).join(' ').trim();
}

/** A heading's text on one line, without its anchors. */
function headingText(children: readonly PhrasingContent[]): PhrasingContent[] {
  const inline = replaceAnchors(children, () => []).map((child) => {
    if (child.type === 'break') return text(' ');
    return child.type === 'text' ? { ...child, value: child.value.replace(/\s*\n\s*/g, ' ') } : child;
  });
  const [first] = inline;
  const last = inline.at(-1);
  if (first?.type === 'text') inline[0] = { ...first, value: first.value.trimStart() };
  if (last?.type === 'text') inline[inline.length - 1] = { ...last, value: last.value.trimEnd() };
  return inline;
}

/** `<h2 id="x">Titre</h2>` alone on its line (README « Content rules »): the build makes it a heading with that id. */
function headingParagraph(depth: number, id: string, children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children: [textElement(`h${depth}`, { id }, children)] };
}

/** A converted heading: its id and depth. */
export function headingOf(node: RootContent): { id: string; depth: number } | undefined {
  const [element] = node.type === 'paragraph' && node.children.length === 1 ? node.children : [];
  const depth = element?.type === 'mdxJsxTextElement' ? /^h([1-4])$/.exec(element.name ?? '')?.[1] : undefined;
  const id = element?.type === 'mdxJsxTextElement' ? element.attributes[0] : undefined;
  return depth && id?.type === 'mdxJsxAttribute' && typeof id.value === 'string'
    ? { id: id.value, depth: Number(depth) }
    : undefined;
}

/**
 * Every id of the article, in document order as Learn gives them: headings (their `<a name>`, else the id
 * Learn computes; repeated ones numbered; levels 5–6 shown at level 4), `<a name>` elsewhere (dropped when
 * a heading carries the same anchor, or when already used) and `<span id/>` aliases. Ids the portal
 * cannot use are made valid, and each change is a note.
 */
export function convertHeadings(tree: Root, context: ConvertContext, sources: Map<Heading, HeadingSource>): void {
  const ids = new Set<string>();
  const carried = new Set([...sources.values()].map((s) => s.anchor).filter((id) => id !== undefined));
  const valid = (node: RootContent, id: string) => {
    const fixed = portalId(id);
    if (fixed !== id) context.note(node, `ancre « ${id} » invalide pour le portail, lue « ${fixed} »`);
    return fixed;
  };
  const heading = (node: Heading): RootContent => {
    const source = sources.get(node) ?? { text: toString(node) };
    const wanted = valid(node, source.anchor ?? learnHeadingId(source.text));
    const id = uniqueId(wanted, ids);
    if (source.anchor && id !== wanted) context.note(node, `ancre « ${wanted} » en double, renommée « ${id} »`);
    if (node.depth > 4) context.note(node, `titre de niveau ${node.depth} rendu au niveau 4`);
    return headingParagraph(Math.min(node.depth, 4), id, headingText(node.children));
  };
  const anchor = (node: RootContent, written: string) => {
    const id = valid(node, written);
    if (carried.has(id) || ids.has(id)) return undefined;
    ids.add(id);
    return id;
  };
  flatMapNodes(tree, (node, parent) => {
    if (node.type === 'heading') return [heading(node)];
    // `<a name="x"/>` alone on its line is an HTML block: its anchor is a block too.
    const block = node.type === 'html' && isFlowParent(parent) ? anchorAt([node], 0) : undefined;
    if (block) {
      const id = anchor(node, block.id);
      return id ? [{ ...anchorElement(id), type: 'mdxJsxFlowElement' } as RootContent] : [];
    }
    const alias = aliasOf(node);
    if (alias !== undefined) {
      const id = valid(node, alias);
      if (ids.has(id)) {
        context.note(node, `alias « ${id} » déjà pris, retiré`);
        return [];
      }
      ids.add(id);
      return [{ ...aliasElement(id), position: node.position }];
    }
    if (isParent(node) && node.children.some((_, i, all) => anchorAt(all as PhrasingContent[], i))) {
      (node as { children: PhrasingContent[] }).children = replaceAnchors(
        node.children as PhrasingContent[],
        (written) => {
          const id = anchor(node, written);
          return id ? [anchorElement(id)] : [];
        },
      );
    }
    return undefined;
  });
}

/**
 * The page starts with its title: what comes before the first level-1 heading (applies-to lines, a
 * rebranding note) is placed right after it. Returns the title's text.
 */
export function placeTitle(tree: Root): string | undefined {
  let index = tree.children.findIndex((node) => headingOf(node)?.depth === 1);
  if (index < 0) return undefined;
  const title = tree.children[index]!;
  // The title's aliases move with it.
  while (index > 0 && isAlias(tree.children[index - 1])) index--;
  tree.children.unshift(...tree.children.splice(index, tree.children.indexOf(title) - index + 1));
  return toString(title).trim();
}

const isAlias = (node: RootContent | undefined) => node?.type === 'mdxJsxFlowElement' && node.name === 'AnchorAlias';

/**
 * An alias names the heading right after it (README « Content rules »); one that precedes no heading keeps
 * its id as an anchor where it stands, and says so.
 */
export function anchorLoneAliases(tree: Root, context: ConvertContext): void {
  flatMapNodes(tree, (node, parent) => {
    if (!isAlias(node)) return undefined;
    const next = parent.children[parent.children.indexOf(node as never) + 1];
    if (next && headingOf(next as RootContent)) return undefined;
    context.note(node, 'alias <span id> sans titre juste après, gardé comme ancre');
    return [{ ...(node as MdxJsxFlowElement), name: 'Anchor' }];
  });
}
