import Link from 'next/link';
import { HeaderSearch } from '@/components/layout/header-search';
import { ARTICLE_SLUGS, PRODUCT_IDS, PRODUCTS } from '@/lib/articles/catalog';
import { CONTENT_CODE_TABLES, CODE_TABLES } from '@/lib/tables/code-tables';
import { WIZARD_IDS } from '@/lib/wizards/catalog';
import { HOME_ARTICLES_ID, routes } from '@/lib/routes';
import { getSite } from '@/lib/site/site';

export default function HomePage() {
  const articles = ARTICLE_SLUGS.map((slug) => ({
    slug,
    meta: getSite().article(slug).meta,
    outline: getSite().article(slug),
  }));
  return (
    <div className="space-y-12">
      <section aria-labelledby="titre-recherche" className="mx-auto max-w-3xl pt-6 text-center">
        <h1 id="titre-recherche" className="text-2xl font-bold tracking-tight sm:text-3xl">
          Quelle erreur voyez-vous ?
        </h1>
        <p className="mt-2 text-slate-600 dark:text-slate-400">
          Collez le message d’erreur, le code (0x87D1FDE8, -2016281112…), l’ID d’événement ou la commande.
        </p>
        <div className="mx-auto mt-5 max-w-xl text-left">
          <HeaderSearch size="large" />
        </div>
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          Un journal entier, un export de l’Observateur d’événements ou un e-mail ?{' '}
          <Link href={routes.analyse()} className="font-medium text-blue-700 underline dark:text-blue-300">
            Analysez-le
          </Link>{' '}
          : toutes les résolutions vers lesquelles il pointe, sans qu’il quitte votre poste.
        </p>
      </section>

      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="titre-codes">
          <h2 id="titre-codes" className="mb-3 text-xl font-semibold">
            <Link href={routes.codes()} className="hover:underline">
              Tables de codes
            </Link>
          </h2>
          <ul className="space-y-1.5">
            {CONTENT_CODE_TABLES.map((id) => (
              <li key={id}>
                <Link href={routes.codeTable(id)} className="text-blue-800 hover:underline dark:text-blue-300">
                  {CODE_TABLES[id].title}
                </Link>
              </li>
            ))}
            <li>
              <Link href={routes.decoder()} className="text-blue-800 hover:underline dark:text-blue-300">
                Décoder un code (hexadécimal, décimal, HRESULT)
              </Link>
            </li>
          </ul>
        </section>
        <section aria-labelledby="titre-assistants">
          <h2 id="titre-assistants" className="mb-3 text-xl font-semibold">
            <Link href={routes.wizards()} className="hover:underline">
              Assistants pas à pas
            </Link>
          </h2>
          <ul className="space-y-3">
            {WIZARD_IDS.map((id) => {
              const wizard = getSite().wizard(id);
              return (
                <li key={id}>
                  <Link
                    href={routes.wizard(id)}
                    className="font-medium text-blue-800 hover:underline dark:text-blue-300"
                  >
                    {wizard.title}
                  </Link>
                  <p className="text-sm text-slate-600 dark:text-slate-400">{wizard.description}</p>
                </li>
              );
            })}
          </ul>
        </section>
      </div>

      <section id={HOME_ARTICLES_ID} aria-labelledby="titre-articles">
        <h2 id="titre-articles" className="mb-4 text-xl font-semibold">
          Articles de dépannage
        </h2>
        <div className="grid gap-8 md:grid-cols-2">
          {/* Only the products the content directory has articles of (Intune, « Microsoft Learn »…). */}
          {PRODUCT_IDS.filter((product) => articles.some((article) => article.meta.product === product)).map(
            (product) => (
              <div key={product}>
                <h3 className="mb-3 text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
                  {PRODUCTS[product].label}
                </h3>
                <ul className="space-y-4">
                  {articles
                    .filter((article) => article.meta.product === product)
                    .map(({ slug, meta, outline }) => (
                      <li key={slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
                        <Link
                          href={routes.article(slug)}
                          className="font-semibold text-blue-800 hover:underline dark:text-blue-300"
                        >
                          {meta.title}
                        </Link>
                        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{meta.description}</p>
                        <details className="mt-2 text-sm">
                          <summary className="cursor-pointer text-slate-700 dark:text-slate-300">
                            {outline.headings.filter((h) => h.depth === 2).length} sections
                          </summary>
                          <ul className="mt-2 space-y-1 pl-4">
                            {outline.headings
                              .filter((heading) => heading.depth === 2)
                              .map((heading) => (
                                <li key={heading.id}>
                                  <Link
                                    href={routes.section(slug, heading.id)}
                                    className="text-slate-700 hover:text-blue-700 hover:underline dark:text-slate-300 dark:hover:text-blue-300"
                                  >
                                    {heading.text}
                                  </Link>
                                </li>
                              ))}
                          </ul>
                        </details>
                      </li>
                    ))}
                </ul>
              </div>
            ),
          )}
        </div>
      </section>
    </div>
  );
}
