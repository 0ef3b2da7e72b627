import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { ArticleSlug } from '@/lib/articles/catalog';
import { timedArticleStage } from '@/lib/articles/limits';
import { compileArticle } from '@/lib/mdx/compile-article';
import { hastToJsx } from '@/lib/mdx/hast-to-jsx';
import { SectionEnglishOriginal } from './english-original';
import { articleComponents } from './mdx-components';
import { getSite } from '@/lib/site/site';

/**
 * The article's checked tree, rendered on the server at build time as data (no code from the article runs).
 * `afterTitle` (the source and its date) comes right under the title, where a reader looks for it.
 */
export async function ArticleBody({ slug, afterTitle }: { slug: ArticleSlug; afterTitle?: React.ReactNode }) {
  const { file } = getSite().article(slug);
  const hast = await timedArticleStage(file, 'compilation', () =>
    compileArticle(getSite().article(slug).tree, file, getSite().linkContext(slug)),
  );
  return timedArticleStage(file, 'rendu', () =>
    hastToJsx(hast, { Fragment, jsx, jsxs, components: withAfterTitle(slug, afterTitle), file }),
  );
}

/** Under the title: the source, then the introduction's English original (the text before the first section). */
function withAfterTitle(slug: ArticleSlug, afterTitle: React.ReactNode) {
  const components = articleComponents(slug);
  const Title = components.h1;
  if (!afterTitle || typeof Title !== 'function') return components;
  return {
    ...components,
    h1: (props: React.ComponentProps<'h1'>) => (
      <>
        <Title {...props} />
        <div className="not-prose">{afterTitle}</div>
        {props.id ? <SectionEnglishOriginal article={slug} id={props.id} title={`Introduction de l’article`} /> : null}
      </>
    ),
  };
}
