import { ContentError } from '@/lib/content-error';
import { contentFileBytes, contentPath, readContentFile } from '@/lib/content-files';
import { splitFrontMatter } from '@/lib/front-matter';
import type { LinkContext } from '@/lib/links';
import { ARTICLE_SLUGS, type ArticleSlug } from './catalog';
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

const cache = new Map<ArticleSlug, Article>();

export function loadArticle(slug: ArticleSlug): Article {
  const cached = cache.get(slug);
  if (cached) return cached;
  const relative = `articles/${slug}.mdx`;
  const file = contentPath(relative);
  checkArticleBytes(file, contentFileBytes(relative));
  const raw = readContentFile(relative);
  const { data, body, bodyLine, present } = splitFrontMatter(raw, file);
  if (!present) throw new ContentError(file, 1, 'front matter manquant');
  const meta = parseFrontMatter(data, file, raw);
  const article: Article = { slug, file, meta, body: '\n'.repeat(bodyLine - 1) + body };
  cache.set(slug, article);
  return article;
}

export function loadArticles(): Article[] {
  return ARTICLE_SLUGS.map(loadArticle);
}

let internalLinks: ReadonlyMap<string, string> | undefined;

/** How links are resolved inside `slug`: relative to its Learn folder, the content directory's articles kept internal. */
export function linkContextFor(slug: ArticleSlug): LinkContext {
  internalLinks ??= new Map(
    loadArticles().map((article) => [
      `${article.meta.learnDir}/${article.meta.sourceFile.replace(/\.md$/, '')}`,
      article.slug,
    ]),
  );
  return { learnDir: loadArticle(slug).meta.learnDir, internal: internalLinks };
}
