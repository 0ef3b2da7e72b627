import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { ArticleSlug } from '@/lib/articles/catalog';
import { linkContextFor, loadArticle } from '@/lib/articles/load';
import { compileArticle } from '@/lib/mdx/compile-article';
import { articleComponents } from './mdx-components';

/** The article's MDX, compiled and rendered on the server at build time. */
export async function ArticleBody({ slug }: { slug: ArticleSlug }) {
  const article = loadArticle(slug);
  const Content = await compileArticle(article, linkContextFor(slug), { Fragment, jsx, jsxs });
  return <Content components={articleComponents(slug)} />;
}
