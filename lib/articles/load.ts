import { ContentError } from '@/lib/content-error';
import { contentFileBytes, contentPath, readContentFile } from '@/lib/content-files';
import { splitFrontMatter } from '@/lib/front-matter';
import type { ArticleSlug } from './catalog';
import { parseFrontMatter, type FrontMatter } from './front-matter';
import { checkArticleBytes } from './limits';

export type Article = {
  slug: ArticleSlug;
  /** Path shown in error messages, e.g. `content/articles/configure-proxy.mdx`. */
  file: string;
  meta: FrontMatter;
  /** The MDX body with the front matter blanked out, so that line numbers match the file. */
  body: string;
};

/**
 * Reads one article of the content directory: its size checked before it is read, its front matter
 * validated. No cache here: `getSite()` (lib/site) reads each article once and keeps the result.
 */
export function readArticle(slug: ArticleSlug): Article {
  const relative = `articles/${slug}.mdx`;
  const file = contentPath(relative);
  checkArticleBytes(file, contentFileBytes(relative));
  const raw = readContentFile(relative);
  const { data, body, bodyLine, present } = splitFrontMatter(raw, file);
  if (!present) throw new ContentError(file, 1, 'front matter manquant');
  const meta = parseFrontMatter(data, file, raw);
  return { slug, file, meta, body: '\n'.repeat(bodyLine - 1) + body };
}

/**
 * The articles of the content directory by their Learn path (`learnDir/file name`), so that a Learn link
 * to one of them stays internal. Keyed as Learn's URLs are written: lower case (a source file or folder may
 * have capitals).
 */
export function internalLinksOf(articles: readonly Article[]): ReadonlyMap<string, string> {
  return new Map(
    articles.flatMap((article) =>
      article.meta.learnDir
        ? [[`${article.meta.learnDir}/${article.meta.sourceFile.replace(/\.md$/, '')}`.toLowerCase(), article.slug]]
        : [],
    ),
  );
}
