import type { Metadata } from 'next';
import type { SearchParams } from '@/lib/url-params';
import { parseSearchQuery } from '@/lib/search/params';
import { routes } from '@/lib/routes';
import { getServerSearchIndex } from '@/lib/search/server-index';
import { SearchFromUrl } from '@/components/static-export/search-from-url';
import { STATIC_EXPORT } from '@/lib/static-export';
import { WIZARD_IDS } from '@/lib/wizards/catalog';
import { SearchPageClient } from '@/components/search/search-page';
import { resultsPageFor } from '@/lib/search/results-page';
import { getSite } from '@/lib/site/site';

export const metadata: Metadata = {
  title: 'Recherche',
  description: 'Cherchez un message d’erreur, un code, un ID d’événement ou une commande.',
};

type SearchPageProps = { searchParams: Promise<SearchParams> };

/**
 * Results are rendered on the server for the URL's query (first load, no JavaScript needed); the static
 * export has one file for every query, so there the browser searches (SearchFromUrl).
 */
export default async function SearchPage(props: SearchPageProps) {
  const wizards = WIZARD_IDS.map((id) => ({ href: routes.wizard(id), title: getSite().wizard(id).title }));
  if (STATIC_EXPORT)
    return (
      <SearchLayout>
        <SearchFromUrl wizards={wizards} />
      </SearchLayout>
    );
  const query = parseSearchQuery(await props.searchParams);
  const { results, suggestion } = resultsPageFor(getServerSearchIndex(), query);
  return (
    <SearchLayout>
      <SearchPageClient
        key={query}
        initialQuery={query}
        initialResults={results}
        initialSuggestion={suggestion}
        wizards={wizards}
      />
    </SearchLayout>
  );
}

function SearchLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-4 text-2xl font-bold">Recherche</h1>
      {children}
    </div>
  );
}
