import matter from 'gray-matter';
import { ContentError } from '@/lib/content-error';
import { contentPath, readContentFile } from '@/lib/content-files';
import type { LinkContext } from '@/lib/links';
import { ARTICLE_SLUGS, type ArticleSlug } from './catalog';
import { parseFrontMatter, type FrontMatter } from './front-matter';

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
  const raw = readContentFile(relative);
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(raw);
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    throw new ContentError(
      file,
      mark?.line !== undefined ? mark.line + 2 : 1,
      `front matter illisible : ${(error as Error).message}`,
    );
  }
  if (raw.length === parsed.content.length) throw new ContentError(file, 1, 'front matter manquant');
  const meta = parseFrontMatter(parsed.data, file, raw);
  const headerLines = raw.slice(0, raw.length - parsed.content.length).split('\n').length - 1;
  const article: Article = { slug, file, meta, body: '\n'.repeat(headerLines) + parsed.content };
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
