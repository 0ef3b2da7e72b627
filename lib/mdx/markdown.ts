import type { Root as HastRoot } from 'hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { LinkContext } from '@/lib/links';
import { remarkResolveLinks } from './remark-resolve-links';

/**
 * Markdown of a table cell (from content/tables) to HTML tree, with the same link rules as the articles.
 * Raw HTML is not allowed in data files, so it is dropped rather than passed through.
 */
export function markdownToHast(markdown: string, links: LinkContext): HastRoot {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkResolveLinks, links).use(remarkRehype);
  return processor.runSync(processor.parse(markdown)) as HastRoot;
}
