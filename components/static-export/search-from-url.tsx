import Link from 'next/link';
import { Suspense } from 'react';
import type { EntryLink } from '@/components/search/search-results';
import { ARTICLE_SLUGS } from '@/lib/articles/catalog';
import { routes } from '@/lib/routes';
import { SearchFromUrlClient } from './search-from-url.client';
import { getSite } from '@/lib/site/site';

/**
 * /recherche in the static export: one file for every query, so the browser reads `?q=` and runs the search
 * itself. Without JavaScript the page says so and offers the articles (the server-rendered results exist only
 * under next start).
 */
export function SearchFromUrl({ wizards }: { wizards: EntryLink[] }) {
  const articles = ARTICLE_SLUGS.map((slug) => ({
    href: routes.article(slug),
    title: getSite().article(slug).meta.title,
  }));
  return (
    <Suspense
      fallback={
        <noscript>
          <div className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-slate-900 dark:border-amber-700 dark:bg-amber-950 dark:text-slate-100">
            <p className="font-semibold">La recherche a besoin de JavaScript dans cette version du portail.</p>
            <p className="mt-2">Activez JavaScript, ou ouvrez directement l’article qui traite de votre erreur :</p>
            <ul className="mt-2 list-disc pl-6">
              {articles.map((article) => (
                <li key={article.href}>
                  <Link href={article.href} className="text-blue-800 underline dark:text-blue-300">
                    {article.title}
                  </Link>
                </li>
              ))}
              <li>
                <Link href={routes.codes()} className="text-blue-800 underline dark:text-blue-300">
                  Tables de codes
                </Link>
              </li>
            </ul>
          </div>
        </noscript>
      }
    >
      <SearchFromUrlClient wizards={wizards} />
    </Suspense>
  );
}
