import type { Heading, Nodes, Paragraph, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { flatMapNodes, flowElement, isParent, text } from './mdast';

/**
 * Machine-translated articles pair each French span with its English original:
 * `<span data-ttu-id="…">français</span><span class="sxs-lookup"><span data-stu-id="…">English</span></span>`.
 * The French half stays where it is; the English halves of a section are kept once, folded, after its
 * heading (`<EnglishOriginal heading="…">`), as tree nodes: escaped like any text.
 */
const TTU_OPEN = /^<span data-ttu-id="[^"]*">$/;
const SXS_OPEN = /^<span class="sxs-lookup">$/;
const STU_OPEN = /^<span data-stu-id="[^"]*">$/;
const CLOSE = /^<\/span>$/;

const SOURCE_PAIR =
  /<span data-ttu-id="[^"]*">([\s\S]*?)<\/span><span class="sxs-lookup"><span data-stu-id="[^"]*">[\s\S]*?<\/span><\/span>/g;
const SOURCE_TTU = /<span data-ttu-id="[^"]*">([\s\S]*?)<\/span>/g;

/** The French half of source text (a heading's id is computed from its source, as Learn does). */
export function frenchSource(source: string): string {
  return source.replace(SOURCE_PAIR, '$1').replace(SOURCE_TTU, '$1');
}

type English = { line: number; nodes: PhrasingContent[]; heading?: Heading };

const isHtml = (node: Nodes | undefined, pattern: RegExp) => node?.type === 'html' && pattern.test(node.value);

/** Index of the first `</span>` from `from` on, among siblings. */
const closingFrom = (children: readonly PhrasingContent[], from: number) =>
  children.findIndex((child, i) => i >= from && isHtml(child, CLOSE));

/**
 * Rewrites one list of siblings: each pair becomes its French half, each lone `data-ttu-id` span its text
 * (translation bookkeeping); the English halves are handed to `keep`.
 */
function splitPairs(
  children: PhrasingContent[],
  keep: (nodes: PhrasingContent[], at: PhrasingContent) => void,
): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (let i = 0; i < children.length; i++) {
    const end = isHtml(children[i], TTU_OPEN) ? closingFrom(children, i + 1) : -1;
    if (end < 0) {
      out.push(children[i]!);
      continue;
    }
    out.push(...children.slice(i + 1, end));
    i = end;
    if (!isHtml(children[end + 1], SXS_OPEN) || !isHtml(children[end + 2], STU_OPEN)) continue;
    const englishEnd = closingFrom(children, end + 3);
    if (englishEnd < 0 || !isHtml(children[englishEnd + 1], CLOSE)) continue;
    keep(children.slice(end + 3, englishEnd), children[end + 2]!);
    i = englishEnd + 1;
  }
  return out;
}

/** Removes the English halves from the tree, where they are (headings included), and returns them. */
function extractEnglish(tree: Root): English[] {
  const english: English[] = [];
  flatMapNodes(tree, (node) => {
    if (!isParent(node) || !node.children.some((child) => child.type === 'html')) return undefined;
    const heading = node.type === 'heading' ? node : undefined;
    const parent = node as { children: PhrasingContent[] };
    parent.children = splitPairs(parent.children, (nodes, at) =>
      english.push({ line: at.position?.start.line ?? 0, nodes, ...(heading ? { heading } : {}) }),
    );
    return undefined;
  });
  return english;
}

/** English nodes of a section, one paragraph, separated by spaces as the sentences were. */
function paragraphOf(parts: readonly English[]): Paragraph {
  const children = parts.flatMap((part, i) => (i ? [text(' '), ...part.nodes] : part.nodes));
  return { type: 'paragraph', children };
}

/**
 * Machine-translated articles: English halves taken out of the text and kept once per section, right after
 * its heading (those before the first heading go to the first section). Nothing English is dropped.
 */
export function placeEnglishOriginals(tree: Root): void {
  const english = extractEnglish(tree);
  if (english.length === 0) return;
  const headings: Heading[] = [];
  flatMapNodes(tree, (node) => {
    if (node.type === 'heading') headings.push(node);
    return undefined;
  });
  const sectionOf = (part: English) =>
    part.heading ?? [...headings].reverse().find((h) => (h.position?.start.line ?? 0) <= part.line) ?? headings[0];
  const bySection = new Map<Heading | undefined, English[]>();
  for (const part of english) bySection.set(sectionOf(part), [...(bySection.get(sectionOf(part)) ?? []), part]);
  flatMapNodes(tree, (node) => {
    const parts = node.type === 'heading' ? bySection.get(node) : undefined;
    if (!parts) return undefined;
    const title = parts.filter((part) => part.heading === node);
    const body = parts.filter((part) => part.heading !== node);
    const heading = title.map((part) => toString(part.nodes).trim()).join(' ');
    return [node, englishOriginal(heading, body)];
  });
  // An article without headings keeps its English at the top.
  const orphans = bySection.get(undefined);
  if (orphans) tree.children.unshift(englishOriginal('', orphans));
}

const englishOriginal = (heading: string, body: readonly English[]) =>
  flowElement('EnglishOriginal', { heading }, body.length ? [paragraphOf(body)] : []);
