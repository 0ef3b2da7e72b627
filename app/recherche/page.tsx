import type { Metadata } from 'next';
import type { SearchParams } from '@/lib/url-params';
import { parseSearchQuery } from '@/lib/search/params';
import { getServerSearchIndex } from '@/lib/search/server-index';
import { WIZARD_IDS } from '@/lib/wizards/catalog';
import { loadWizard } from '@/lib/wizards/load';
import { SearchPageClient } from './page.client';
import { resultsPageFor } from './results';

export const metadata: Metadata = {
  title: 'Recherche',
  description: 'Cherchez un message d’erreur, un code, un ID d’événement ou une commande.',
};

type SearchPageProps = { searchParams: Promise<SearchParams> };

/** Results are rendered on the server for the URL's query (first load, no JavaScript needed). */
export default async function SearchPage(props: SearchPageProps) {
  const query = parseSearchQuery(await props.searchParams);
  const { results, suggestion } = resultsPageFor(getServerSearchIndex(), query);
  const wizards = WIZARD_IDS.map((id) => ({ href: `/assistants/${id}`, title: loadWizard(id).title }));
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-4 text-2xl font-bold">Recherche</h1>
      <SearchPageClient key={query} initialQuery={query} initialResults={results} initialSuggestion={suggestion} wizards={wizards} />
    </div>
  );
}
