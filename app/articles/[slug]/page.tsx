import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article/article-body';
import { ArticleSource } from '@/components/article/article-source';
import { TableOfContents } from '@/components/article/table-of-contents';
import { ARTICLE_SLUGS, isArticleSlug, PRODUCTS } from '@/lib/articles/catalog';
import { routes } from '@/lib/routes';
import { getSite } from '@/lib/site/site';

export const dynamicParams = false;

export function generateStaticParams() {
  return ARTICLE_SLUGS.map((slug) => ({ slug }));
}

type ArticlePageProps = { params: Promise<{ slug: string }> };

export async function generateMetadata(props: ArticlePageProps): Promise<Metadata> {
  const { slug } = await props.params;
  if (!isArticleSlug(slug)) return {};
  const { meta } = getSite().article(slug);
  return { title: meta.title, description: meta.description };
}

export default async function ArticlePage(props: ArticlePageProps) {
  const { slug } = await props.params;
  if (!isArticleSlug(slug)) notFound();
  const { meta } = getSite().article(slug);
  const { headings } = getSite().article(slug);

  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_16rem] lg:gap-10">
      <div className="min-w-0">
        <nav aria-label="Fil d’Ariane" className="mb-3 text-sm text-slate-600 dark:text-slate-400 print:hidden">
          <ol className="flex flex-wrap gap-1">
            <li>
              <Link href={routes.home()} className="hover:underline">
                Accueil
              </Link>{' '}
              ›
            </li>
            <li>
              <Link href={routes.homeArticles()} className="hover:underline">
                {PRODUCTS[meta.product].label}
              </Link>{' '}
              ›
            </li>
            <li aria-current="page" className="text-slate-900 dark:text-slate-200">
              Article
            </li>
          </ol>
        </nav>
        <details className="mb-6 rounded-md border border-slate-200 px-3 py-2 lg:hidden dark:border-slate-700 print:hidden">
          <summary className="cursor-pointer text-sm font-semibold">Sommaire</summary>
          <div className="mt-3">
            <TableOfContents headings={headings} />
          </div>
        </details>
        <article className="prose max-w-none prose-slate dark:prose-invert prose-h1:text-3xl prose-a:text-blue-700 dark:prose-a:text-blue-300 prose-code:before:content-none prose-code:after:content-none">
          <ArticleBody slug={slug} afterTitle={<ArticleSource slug={slug} meta={meta} />} />
        </article>
      </div>
      <aside className="hidden lg:block print:hidden">
        <div className="sticky top-20 max-h-[calc(100vh-6rem)] overflow-y-auto pb-6">
          <TableOfContents headings={headings} />
        </div>
      </aside>
    </div>
  );
}
