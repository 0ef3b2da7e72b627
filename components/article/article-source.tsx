import type { FrontMatter } from '@/lib/articles/front-matter';
import type { ArticleSlug } from '@/lib/articles/catalog';
import { formatFrenchDate } from '@/lib/format';
import { learnEnglishUrl, routes } from '@/lib/routes';
import { CopyPageMarkdown } from './copy-page-markdown';

const link = 'external-link underline hover:text-blue-700 dark:hover:text-blue-300';

/** Where the article comes from and how fresh it is: its Learn date, the French page and the English original. */
export function ArticleSource({ slug, meta }: { slug: ArticleSlug; meta: FrontMatter }) {
  return (
    <div
      className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-slate-600 dark:text-slate-400"
      data-testid="article-source"
    >
      <span>
        Source : Microsoft Learn, version du <time dateTime={meta.sourceDate}>{formatFrenchDate(meta.sourceDate)}</time>
      </span>
      {/* No Learn address is guessed: an article of an unknown docset has no link (lib/import/source-meta.ts). */}
      {meta.learnUrl ? (
        <span className="flex flex-wrap gap-x-3">
          <a href={meta.learnUrl} hrefLang="fr" rel="noopener noreferrer" className={link}>
            Sur Learn, en français
          </a>
          <a href={learnEnglishUrl(meta.learnUrl)} hrefLang="en" rel="noopener noreferrer" className={link}>
            Original en anglais
          </a>
        </span>
      ) : null}
      <span className="flex flex-wrap items-center gap-x-3 print:hidden">
        <CopyPageMarkdown href={routes.articleMarkdown(slug)} />
        <a
          href={routes.articleMarkdown(slug)}
          className="underline hover:text-blue-700 dark:hover:text-blue-300"
          type="text/markdown"
        >
          Markdown brut
        </a>
      </span>
    </div>
  );
}
