'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { EntryLink } from '@/components/search/search-results';
import { useSearch } from '@/components/search/use-search';
import { SearchPageClient } from '@/components/search/search-page';
import { parseSearchQuery } from '@/lib/search/params';
import { searchParamsOf } from '@/lib/url-params';

/** The query a typed value puts into the URL (searchHref drops a blank one). */
function typedQuery(value: string): string {
  return value.trim() ? parseSearchQuery({ q: value }) : '';
}

/**
 * The browser's half of /recherche in the export: the URL's query, searched with the same engine and shown by
 * the same results page as under next start, once the search data has arrived.
 */
export function SearchFromUrlClient({ wizards }: { wizards: EntryLink[] }) {
  const urlQuery = parseSearchQuery(searchParamsOf(useSearchParams()));

  // The results page writes the typed query into the URL when the typing pauses (replaceState), which Next
  // reports here a moment later as a new query: that one is already on screen and must not remount the box
  // under the agent's fingers. `pending` holds what was typed and not yet seen in the URL. Any other query
  // (the header's search, a link) opens afresh, as a server render does under next start.
  const [pending, setPending] = useState<string[]>([]);
  const [seen, setSeen] = useState(urlQuery);
  const [shown, setShown] = useState(urlQuery);
  if (urlQuery !== seen) {
    setSeen(urlQuery);
    const typedAt = pending.indexOf(urlQuery);
    if (typedAt >= 0) {
      setPending(pending.slice(typedAt + 1));
    } else {
      setShown(urlQuery);
      setPending([]);
    }
  }

  const { answer, failed, ensure } = useSearch('adresse', shown, { limit: 20, suggest: true, enabled: true });
  useEffect(ensure, [ensure]);

  if (failed) {
    return (
      <p role="alert" className="text-red-700 dark:text-red-300">
        Les données de recherche n’ont pas pu être chargées. Rechargez la page pour réessayer.
      </p>
    );
  }
  const answered = answer?.query === shown ? answer : undefined;
  if (!answered && shown.trim()) {
    return (
      <p className="text-slate-600 dark:text-slate-400" aria-live="polite" aria-busy="true">
        Recherche…
      </p>
    );
  }
  const { results, suggestion } = answered ?? { results: [], suggestion: undefined };
  const remember = (value: string) => setPending((queue) => [...queue, typedQuery(value)]);
  return (
    <div onInput={(event) => remember((event.target as HTMLInputElement).value)}>
      <SearchPageClient
        key={shown}
        initialQuery={shown}
        initialResults={results}
        initialSuggestion={suggestion}
        wizards={wizards}
      />
    </div>
  );
}
