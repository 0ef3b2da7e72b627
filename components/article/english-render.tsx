import type { Root } from 'hast';
import type { MDXComponents } from 'mdx/types';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { hastToJsx } from '@/lib/mdx/hast-to-jsx';
import { ArticleLink } from './article-link';
import { Callout } from './callout';
import { CodeBlock } from './code-block';
import { Figure } from './figure';

/** The part of the articles' vocabulary that the English trees use (lib/english/tree.ts): no headings, no tables of codes. */
const ENGLISH_COMPONENTS: MDXComponents = { a: ArticleLink, pre: CodeBlock, Callout, Figure };

/**
 * An English original loaded on opening, rendered in the browser as the page renders the French: the same
 * `hastToJsx` (nothing in the tree runs; an expression or computed attribute is refused) and the same
 * components. Loaded with the file on the first opening (`import()` in `./english-disclosure.tsx`), so that
 * the renderer is not in any page's first download.
 */
export function renderEnglish(body: Root, file: string) {
  return hastToJsx(body, { Fragment, jsx, jsxs, components: ENGLISH_COMPONENTS, file });
}
