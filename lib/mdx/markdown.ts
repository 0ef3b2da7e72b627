import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { LinkContext } from '@/lib/links';
import { remarkResolveLinks } from './remark-resolve-links';

/** The one Markdown processor of content/tables' cells: their check, page, search text and ticket blocks. */
const cellProcessor = unified().use(remarkParse).use(remarkGfm);

/** A table cell's Markdown as its tree (GFM). `getSite().cell` keeps each distinct cell's tree. */
export function parseCell(markdown: string): Root {
  return cellProcessor.parse(markdown);
}

/**
 * A table cell's tree (`getSite().cell`) to HTML tree, with the same link rules as the articles. Raw HTML is
 * not allowed in data files, so it is dropped rather than passed through. The shared tree is not changed.
 */
export function cellToHast(cell: Root, links: LinkContext): HastRoot {
  const tree = structuredClone(cell);
  remarkResolveLinks(links)(tree);
  return toHast(tree) as HastRoot;
}
