/**
 * The syntax tree the importer works on. A DocFX source (includes expanded) is read by micromark with GFM,
 * the tokenizer MDX itself is built on: fences, code spans and HTML are found exactly where the build will
 * find them, so no input can be read one way here and another way there. Each DocFX construct then becomes
 * tree nodes (one module per construct) and `emit.ts` writes the MDX, escaping by construction.
 */
import type { Nodes, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { ContentError } from '@/lib/content-error';
import type { ImportNote, SourceLine } from './types';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Markdown read as CommonMark + GFM (no MDX: a DocFX source has no JSX nor expressions, only text). */
export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

/**
 * What every construct module gets: the text that was parsed, where each of its lines comes from (an
 * included file keeps its own name and line), the notes of the import and the way to refuse the article.
 */
export class ConvertContext {
  /** Notes with the line of the expanded text they belong to: reported in the order of the article. */
  private readonly noted: { at: number; note: ImportNote }[] = [];

  constructor(
    /** The article being converted (its includes keep their own names in `lines`). */
    readonly file: string,
    readonly text: string,
    readonly lines: readonly SourceLine[],
  ) {}

  /** The source file and line of a node (or of its `lineOffset`-th line). */
  origin(node: Nodes, lineOffset = 0): SourceLine {
    const line = (node.position?.start.line ?? 1) + lineOffset;
    return this.lines[line - 1] ?? this.lines.at(-1) ?? { text: '', file: '', line: 0 };
  }

  note(node: Nodes, construct: string, lineOffset = 0): void {
    const at = this.origin(node, lineOffset);
    this.report({ file: at.file, line: at.line, construct }, (node.position?.start.line ?? 0) + lineOffset);
  }

  /** A note about the whole article (`at`: where it belongs in the expanded text, the end by default). */
  report(note: ImportNote, at = Number.POSITIVE_INFINITY): void {
    this.noted.push({ at, note });
  }

  get notes(): ImportNote[] {
    return [...this.noted].sort((a, b) => a.at - b.at).map((entry) => entry.note);
  }

  fail(node: Nodes, reason: string): never {
    const at = this.origin(node);
    throw new ContentError(at.file, at.line, reason);
  }

  /** The source text a node was read from (includes expanded). */
  sourceOf(node: Nodes): string {
    const { start, end } = node.position ?? {};
    return start?.offset !== undefined && end?.offset !== undefined ? this.text.slice(start.offset, end.offset) : '';
  }

  /**
   * Markdown parsed apart and placed in the tree: `offset` says where it stands in the source when it is a
   * verbatim part of it (its nodes then keep their own lines); otherwise (text the importer derived, such
   * as an HTML table's cells) every node takes the position of `at`.
   */
  fragment(markdown: string, at: Nodes, offset?: number): RootContent[] {
    const tree = parseMarkdown(markdown);
    const base = offset === undefined ? undefined : this.pointAt(offset);
    visit(tree, (node) => {
      if (!base || !node.position) {
        node.position = at.position ? structuredClone(at.position) : undefined;
        return;
      }
      for (const point of [node.position.start, node.position.end]) {
        if (point.line === 1) point.column += base.column - 1;
        point.line += base.line - 1;
        if (point.offset !== undefined) point.offset += base.offset;
      }
    });
    return tree.children;
  }

  private pointAt(offset: number): { line: number; column: number; offset: number } {
    const before = this.text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n'), offset };
  }
}

export function parseSource(file: string, lines: readonly SourceLine[]): { tree: Root; context: ConvertContext } {
  const text = lines.map((line) => line.text).join('\n');
  const tree = parseMarkdown(text);
  // GFM's bare URLs are cut out of text nodes after parsing, without positions: they take their parent's,
  // so that every note keeps a file and line.
  visit(tree, (node, _, parent) => {
    if (!node.position && parent?.position) node.position = structuredClone(parent.position);
  });
  return { tree, context: new ConvertContext(file, text, lines) };
}

export const text = (value: string): Text => ({ type: 'text', value });

type Attributes = Readonly<Record<string, string>>;

/** Attributes are literal strings, always: the serializer quotes them, MDX reads them as data. */
const attributesOf = (attributes: Attributes): MdxJsxAttribute[] =>
  Object.entries(attributes).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value }));

/** A component of the portal's vocabulary on its own lines (README « Content rules »). */
export function flowElement(
  name: string,
  attributes: Attributes = {},
  children: MdxJsxFlowElement['children'] = [],
): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes: attributesOf(attributes), children };
}

/** A component of the portal's vocabulary inside a sentence. */
export function textElement(
  name: string,
  attributes: Attributes = {},
  children: PhrasingContent[] = [],
): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes: attributesOf(attributes), children };
}

/** Parents whose children are blocks (an HTML node there is a block of its own). */
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition', 'mdxJsxFlowElement']);

export const isFlowParent = (node: Parent) => FLOW_PARENTS.has(node.type);

export function isParent(node: Nodes): node is Parent & Nodes {
  return 'children' in node && Array.isArray(node.children);
}

/**
 * Rewrites the tree in document order: each node for which `replace` returns an array is replaced by those
 * nodes (none removes it), and the walk goes on inside what replaced it. `replace` sees a node before its
 * children, so a construct is handled where it starts.
 */
export function flatMapNodes(
  parent: Parent,
  replace: (node: RootContent, parent: Parent) => RootContent[] | undefined,
): void {
  const children: RootContent[] = [];
  for (const child of parent.children) {
    const replaced = replace(child, parent) ?? [child];
    for (const node of replaced) if (isParent(node)) flatMapNodes(node, replace);
    children.push(...replaced);
  }
  parent.children = children as Parent['children'];
}

/** Adjacent text nodes (left by the constructs that became text) merged, so that escaping sees whole words. */
export function mergeText(tree: Root): void {
  visit(tree, (node) => {
    if (!isParent(node)) return;
    const merged: RootContent[] = [];
    for (const child of node.children) {
      const last = merged.at(-1);
      if (child.type === 'text' && last?.type === 'text') last.value += child.value;
      else merged.push(child);
    }
    node.children = merged as Parent['children'];
  });
}

/** Components that stand alone on their line in the source (a figure, an anchor) are blocks there too. */
const BLOCK_WHEN_ALONE = new Set(['Figure', 'Anchor']);

const blank = (node: PhrasingContent) => node.type === 'text' && node.value.trim() === '';

/**
 * The tree once every construct is converted: a paragraph left empty (an anchor a heading carries, a
 * comment) goes, and a paragraph holding only figures or anchors becomes them, each on its own lines.
 */
export function tidy(tree: Root): void {
  flatMapNodes(tree, (node) => {
    if (node.type !== 'paragraph') return undefined;
    const kept = node.children.filter((child) => !blank(child));
    if (kept.length === 0) return [];
    const lone = kept.every((child) => child.type === 'mdxJsxTextElement' && BLOCK_WHEN_ALONE.has(child.name ?? ''));
    if (!lone) return undefined;
    return kept.map((child) => ({ ...(child as MdxJsxTextElement), type: 'mdxJsxFlowElement' }) as MdxJsxFlowElement);
  });
}
