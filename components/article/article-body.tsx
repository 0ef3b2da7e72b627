import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { ArticleSlug } from '@/lib/articles/catalog';
import { linkContextFor, loadArticle } from '@/lib/articles/load';
import { timedArticleStage } from '@/lib/articles/limits';
import { articleOutline } from '@/lib/articles/outline';
import { compileArticle } from '@/lib/mdx/compile-article';
import { hastToJsx } from '@/lib/mdx/hast-to-jsx';
import { articleComponents } from './mdx-components';

/** The article's checked tree, rendered on the server at build time as data (no code from the article runs). */
export async function ArticleBody({ slug }: { slug: ArticleSlug }) {
  const { file } = loadArticle(slug);
  const hast = await timedArticleStage(file, 'compilation', () =>
    compileArticle(articleOutline(slug).tree, file, linkContextFor(slug)),
  );
  return timedArticleStage(file, 'rendu', () =>
    hastToJsx(hast, { Fragment, jsx, jsxs, components: articleComponents(slug), file }),
  );
}
