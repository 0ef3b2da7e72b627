'use client';

import { startTransition, useState } from 'react';
import { inputClasses } from '@/components/ui/input';
import { cn } from '@/lib/utils';
import { AnalyseOffer } from '@/components/analyse/analyse-offer';
import { useSearchLog } from '@/components/feedback/use-search-log';
import { isLogPaste } from '@/components/analyse/pending-paste';
import { SearchEmpty, SearchResultList, type EntryLink } from '@/components/search/search-results';
import { useSearch } from '@/components/search/use-search';
import { useQueryInUrl } from '@/components/search/use-query-url';
import { routes } from '@/lib/routes';
import type { SearchResult } from '@/lib/search/types';

type SearchPageClientProps = {
  initialQuery: string;
  initialResults: SearchResult[];
  initialSuggestion?: string;
  wizards: EntryLink[];
};

/**
 * The results page's live part: the server rendered the URL's results; from the first keystroke the
 * browser loads the search data and updates results as the agent types, the URL following the query.
 */
export function SearchPageClient({ initialQuery, initialResults, initialSuggestion, wizards }: SearchPageClientProps) {
  const [query, setQuery] = useState(initialQuery);
  const edited = query !== initialQuery;
  const { answer, failed, runner, ensure } = useSearch('recherche', query, {
    limit: 20,
    suggest: true,
    enabled: edited,
  });
  const [pastedLog, setPastedLog] = useState<string>();

  // The server's results until the worker answers a typed query; then the latest answer, which stays on
  // screen until the next keystroke's answer replaces it.
  const live = edited && answer !== undefined;
  const results = live ? answer.results : initialResults;
  const suggestion = live ? answer.suggestion : initialSuggestion;
  const shownQuery = live ? answer.query : initialQuery;
  // Typed before the first answer: the server's results no longer match the query.
  const waiting = edited && !answer;
  useSearchLog('recherche', waiting ? '' : shownQuery, results);

  // The URL follows the query once the typing pauses; before a result or suggestion opens, at once.
  const writeUrl = useQueryInUrl(query, edited);

  // The field is the browser's own (uncontrolled): a key press draws its letter with no React work, and the
  // page follows in a transition, rendered after the key's frame.
  function update(value: string) {
    startTransition(() => setQuery(value));
    ensure();
  }

  return (
    <div>
      <form
        role="search"
        action={routes.search('')}
        method="get"
        onSubmit={(event) => {
          writeUrl();
          if (answer) event.preventDefault();
        }}
      >
        <label htmlFor="recherche-principale" className="sr-only">
          Message d’erreur, code, ID d’événement ou commande
        </label>
        <input
          id="recherche-principale"
          type="search"
          name="q"
          defaultValue={initialQuery}
          onChange={(event) => update(event.target.value)}
          onFocus={ensure}
          onPaste={(event) => {
            const text = event.clipboardData.getData('text');
            setPastedLog(isLogPaste(text) ? text : undefined);
          }}
          placeholder="Collez le message d’erreur, le code ou la commande…"
          autoComplete="off"
          spellCheck={false}
          maxLength={5000}
          // Its own compositing layer: each key then rasters the field alone, not the tile of results text the
          // field would share (in software, a tile is the page's width; the header's field is already apart, in
          // its sticky bar). 721 articles, same build: keys past a frame 10, 15, 16 of 735 against 29, 24, 36.
          className={cn(inputClasses(), 'will-change-transform')}
        />
      </form>
      {pastedLog ? <AnalyseOffer paste={pastedLog} onDismiss={() => setPastedLog(undefined)} /> : null}
      <div
        className="mt-4"
        onClickCapture={writeUrl}
        aria-live="polite"
        aria-busy={waiting}
        data-answered-query={shownQuery}
        data-search-runner={runner}
        data-index-ms={answer?.indexMs}
      >
        {runner === 'main-thread' ? (
          <p className="mb-2 text-sm text-slate-600 dark:text-slate-400" data-testid="search-on-page">
            Le navigateur refuse les workers : la recherche tourne sur la page et la saisie peut ralentir.
          </p>
        ) : null}
        {failed ? (
          <p role="alert" className="text-red-700 dark:text-red-300">
            Les données de recherche n’ont pas pu être chargées. Validez avec Entrée pour chercher sur le serveur.
          </p>
        ) : null}
        {!query.trim() ? (
          <p className="text-slate-600 dark:text-slate-400">
            Saisissez une erreur, un code (0x87D1FDE8, -2016281112), un ID d’événement ou une commande.
          </p>
        ) : waiting ? (
          <p className="text-slate-600 dark:text-slate-400">Recherche…</p>
        ) : results.length ? (
          <>
            <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
              {results.length === 1 ? '1 résultat' : `${results.length} résultats`}, le plus pertinent en premier
            </p>
            <SearchResultList results={results} query={shownQuery} />
          </>
        ) : (
          <SearchEmpty query={shownQuery} suggestion={suggestion} wizards={wizards} />
        )}
      </div>
    </div>
  );
}
