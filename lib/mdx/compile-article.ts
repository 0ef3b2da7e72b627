import { evaluate, type EvaluateOptions } from '@mdx-js/mdx';
import rehypeShikiFromHighlighter from '@shikijs/rehype/core';
import type { MDXContent } from 'mdx/types';
import remarkGfm from 'remark-gfm';
import type { Article } from '@/lib/articles/load';
import { ContentError } from '@/lib/content-error';
import type { LinkContext } from '@/lib/links';
import { remarkArticleSyntax } from './article-syntax';
import { CODE_THEMES, getHighlighter } from './highlighter';
import { rehypeSections } from './rehype-sections';
import { remarkResolveLinks } from './remark-resolve-links';

type Runtime = Pick<EvaluateOptions, 'Fragment' | 'jsx' | 'jsxs'>;

/**
 * Compiles an article's MDX at build time (pages are static) into a component. Compile errors are
 * reported as `content/articles/<slug>.mdx:<line>` so a broken article fails the build where it is broken.
 */
export async function compileArticle(article: Article, links: LinkContext, runtime: Runtime): Promise<MDXContent> {
  const highlighter = await getHighlighter();
  try {
    const { default: Content } = await evaluate(article.body, {
      ...runtime,
      remarkPlugins: [remarkGfm, [remarkArticleSyntax, { file: article.file }], [remarkResolveLinks, links]],
      rehypePlugins: [
        [
          rehypeShikiFromHighlighter,
          highlighter,
          {
            themes: CODE_THEMES,
            defaultColor: false,
            defaultLanguage: 'text',
            fallbackLanguage: 'text',
            langAlias: { console: 'shellsession', command: 'text' },
          },
        ],
        rehypeSections,
      ],
    });
    return Content;
  } catch (error) {
    if (error instanceof ContentError) throw error;
    const message = error as { line?: number; reason?: string; message?: string };
    throw new ContentError(article.file, message.line ?? undefined, message.reason ?? message.message ?? String(error));
  }
}
