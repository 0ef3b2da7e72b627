import rehypeShikiFromHighlighter, { type RehypeShikiCoreOptions } from '@shikijs/rehype/core';
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { unified } from 'unified';
import { ContentError, contentErrorsOf } from '@/lib/content-error';
import type { LinkContext } from '@/lib/links';
import { CODE_THEMES, getHighlighter } from './highlighter';
import { rehypeSections } from './rehype-sections';
import { remarkResolveLinks } from './remark-resolve-links';

/** MDX node types carried to hast untouched: JSX elements for hastToJsx, the rest for it to refuse. */
const MDX_NODES: NonNullable<Parameters<typeof toHast>[1]>['passThrough'] = [
  'mdxFlowExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxTextExpression',
  'mdxjsEsm',
];

/** Shiki passes options it does not know to codeToHast, which reads `langAlias` (not in the plugin's type). */
const SHIKI_OPTIONS: RehypeShikiCoreOptions & { langAlias: Record<string, string> } = {
  themes: CODE_THEMES,
  defaultColor: false,
  defaultLanguage: 'text',
  fallbackLanguage: 'text',
  langAlias: { console: 'shellsession', command: 'text' },
};

/**
 * An article's checked Markdown tree (parseArticleBody) to the HTML tree of its page, at build time: links
 * resolved, code highlighted, sections wrapped. No JavaScript is produced: lib/mdx/hast-to-jsx.ts renders the
 * result as data. Errors are reported as `content/articles/<slug>.mdx:<line>` so a broken article fails the
 * build where it is broken.
 */
export async function compileArticle(tree: Root, file: string, links: LinkContext): Promise<HastRoot> {
  const highlighter = await getHighlighter();
  try {
    const mdast = structuredClone(tree);
    remarkResolveLinks(links)(mdast);
    const processor = unified().use(rehypeShikiFromHighlighter, highlighter, SHIKI_OPTIONS).use(rehypeSections);
    return await processor.run(toHast(mdast, { passThrough: MDX_NODES }) as HastRoot);
  } catch (error) {
    if (contentErrorsOf(error).length > 0) throw error;
    const { line, reason, message } = error as { line?: number; reason?: string; message?: string };
    throw new ContentError(file, line ?? undefined, reason ?? message ?? String(error));
  }
}
