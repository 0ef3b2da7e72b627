import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Options, type Unsafe } from 'mdast-util-to-markdown';

/**
 * MDX reads a paragraph whose first line starts with `import ` or `export ` as JavaScript (ESM), and the
 * serializer's MDX extension does not escape it: the first letter of such a line is written as a character
 * reference (`&#x65;xport`), which MDX reads back as the letter, in text.
 */
const ESM_AT_LINE_START: Unsafe[] = [
  { atBreak: true, character: 'i', after: 'mport ' },
  { atBreak: true, character: 'e', after: 'xport ' },
];

const OPTIONS: Options = {
  extensions: [mdxToMarkdown(), gfmToMarkdown({ tablePipeAlign: false }), { unsafe: ESM_AT_LINE_START }],
  bullet: '-',
  bulletOrdered: '.',
  emphasis: '*',
  strong: '*',
  fence: '`',
  fences: true,
  resourceLink: true,
  rule: '-',
  listItemIndent: 'one',
};

/**
 * The article's tree as MDX. Every `{`, `<`, backtick run, line start and attribute value is escaped by
 * `mdast-util-to-markdown` and its MDX and GFM extensions from the node it belongs to: the importer never
 * writes MDX syntax itself.
 */
export function emitMdx(tree: Root): string {
  return toMarkdown(tree, OPTIONS);
}
