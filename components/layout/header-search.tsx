'use client';

import { useRouter } from 'next/navigation';
import { startTransition, useId, useRef, useState } from 'react';
import { AnalyseOffer } from '@/components/analyse/analyse-offer';
import { useSearchLog } from '@/components/feedback/use-search-log';
import { isLogPaste } from '@/components/analyse/pending-paste';
import { rememberHighlight } from '@/components/search/search-highlight';
import { Snippet, TierBadge } from '@/components/search/search-results';
import { useSearch } from '@/components/search/use-search';
import { resultTiers } from '@/lib/search/tier';
import { searchHref } from '@/lib/search/params';
import { routes } from '@/lib/routes';
import { cn } from '@/lib/utils';
import { inputClasses } from '@/components/ui/input';
import { focusWhenArrived } from './focus-target';
import { useInstantChoice } from './use-instant-choice';
import { useSearchShortcut } from './use-search-shortcut';

type HeaderSearchProps = {
  /** The site header's box answers to `/` and Ctrl+K; other boxes (home, 404) do not. */
  shortcut?: boolean;
  size?: 'normal' | 'large';
};

/**
 * A search box with instant results (combobox): loads the search data on first focus, shows the best
 * results as the agent types; arrow keys move, Enter opens the result (or the full results page).
 * Without JavaScript it is a plain GET form to /recherche.
 */
export function HeaderSearch({ shortcut = false, size = 'normal' }: HeaderSearchProps) {
  const router = useRouter();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const { answer, failed, runner, ensure } = useSearch(id, query, { limit: 6, suggest: false, enabled: true });
  const [open, setOpen] = useState(false);
  /** A multi-line paste (a log): the box offers the analyser instead. */
  const [pastedLog, setPastedLog] = useState<string>();
  // The previous answer stays until the worker answers this keystroke: the list does not blink.
  const results = answer && query.trim() ? answer.results : [];
  const tiers = resultTiers(results);
  const listId = `${id}-resultats`;
  useSearchShortcut(inputRef, shortcut);
  const searchOpened = useSearchLog('entete', answer?.query ?? '', answer?.results ?? []);

  /** What the field holds now: Enter may come before the transition of the last key has rendered `query`. */
  const typed = () => inputRef.current?.value ?? query;

  /** Opens a destination; once it is shown, focus moves to its heading or row (./focus-target.ts). */
  function go(href: string, terms: readonly string[] = []) {
    if (terms.length) rememberHighlight(href, terms);
    searchOpened(href);
    setOpen(false);
    router.push(href);
    focusWhenArrived(href);
  }

  const {
    selected: active,
    setActive,
    onKeyDown: chooseByKey,
  } = useInstantChoice(results.length, {
    open: (i) => {
      const chosen = results[i];
      if (chosen) go(chosen.href, chosen.terms);
    },
    all: () => {
      if (typed().trim()) go(searchHref(typed()));
    },
  });

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape') setOpen(false);
    chooseByKey(event, () => setOpen(true));
  }

  const expanded = open && query.trim().length > 0 && (answer !== undefined || failed);
  return (
    <form
      role="search"
      action={routes.search('')}
      method="get"
      className="relative"
      onSubmit={(event) => event.preventDefault()}
    >
      <label htmlFor={`${id}-champ`} className="sr-only">
        Rechercher une erreur, un code ou une commande
      </label>
      <input
        ref={inputRef}
        id={`${id}-champ`}
        type="search"
        name="q"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        // The field is the browser's own (uncontrolled): a key press draws its letter with no React work, and
        // the box follows in a transition, rendered after the key's frame (docs/scale.md, « Keystroke latency »).
        onChange={(event) => {
          const value = event.target.value;
          startTransition(() => {
            setQuery(value);
            setOpen(true);
            setActive(-1);
          });
          ensure();
        }}
        onFocus={() => {
          ensure();
          setOpen(true);
        }}
        // Close once focus has really left (a click on an option blurs first; a quick refocus must not close).
        onBlur={() =>
          window.setTimeout(() => {
            if (document.activeElement !== inputRef.current) setOpen(false);
          }, 150)
        }
        onKeyDown={onKeyDown}
        onPaste={(event) => {
          const text = event.clipboardData.getData('text');
          setPastedLog(isLogPaste(text) ? text : undefined);
        }}
        placeholder={shortcut ? 'Erreur, code, commande…' : 'Collez l’erreur ou le code…'}
        aria-keyshortcuts={shortcut ? '/ Control+K' : undefined}
        autoComplete="off"
        spellCheck={false}
        maxLength={5000}
        className={cn(inputClasses({ size: size === 'large' ? 'lg' : 'compact' }), shortcut && 'pr-10')}
      />
      {shortcut && !query ? (
        <kbd
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 right-2 hidden -translate-y-1/2 rounded border border-slate-300 px-1.5 font-mono text-xs text-slate-500 sm:block dark:border-slate-600 dark:text-slate-400"
        >
          /
        </kbd>
      ) : null}
      <ul
        id={listId}
        role="listbox"
        aria-label="Résultats instantanés"
        hidden={!expanded}
        data-answered-query={answer?.query}
        data-search-runner={runner}
        className="absolute right-0 left-0 z-30 mt-1 max-h-[70vh] max-w-[calc(100vw-2rem)] overflow-y-auto rounded-md border border-slate-200 bg-white py-1 text-left shadow-lg sm:left-auto sm:w-[28rem] sm:min-w-full dark:border-slate-700 dark:bg-slate-900"
      >
        {results.map((result, i) => (
          <li
            key={result.href}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(event) => {
              event.preventDefault();
              go(result.href, result.terms);
            }}
            onMouseEnter={() => setActive(i)}
            className={cn('cursor-pointer px-3 py-2', i === active && 'bg-blue-50 dark:bg-slate-800')}
          >
            <span className="flex flex-wrap items-center gap-x-2 text-xs text-slate-600 dark:text-slate-400">
              <TierBadge tier={tiers[i] ?? 'possible'} />
              <span>{result.breadcrumb.join(' › ')}</span>
            </span>
            <span className="block text-sm font-medium text-slate-900 dark:text-slate-100">{result.title}</span>
            <span className="line-clamp-2 block text-xs text-slate-600 dark:text-slate-400" lang={result.snippetLang}>
              <Snippet segments={result.snippet} />
            </span>
          </li>
        ))}
        {failed ? (
          <li role="alert" className="px-3 py-2 text-sm text-red-700 dark:text-red-300">
            Les données de recherche n’ont pas pu être chargées : Entrée cherche sur le serveur.
          </li>
        ) : results.length === 0 ? (
          <li className="px-3 py-2 text-sm text-slate-600 dark:text-slate-400">Aucun résultat instantané.</li>
        ) : null}
        {runner === 'main-thread' ? (
          <li className="px-3 py-2 text-xs text-slate-600 dark:text-slate-400" data-testid="search-on-page">
            Le navigateur refuse les workers : la recherche tourne sur la page et la saisie peut ralentir.
          </li>
        ) : null}
        <li
          role="option"
          aria-selected={false}
          onMouseDown={(event) => {
            event.preventDefault();
            go(searchHref(typed()));
          }}
          className="cursor-pointer border-t border-slate-200 px-3 py-2 text-sm text-blue-700 dark:border-slate-700 dark:text-blue-300"
        >
          Tous les résultats pour « {query.length > 40 ? `${query.slice(0, 40)}…` : query} » (Entrée)
        </li>
      </ul>
      {pastedLog ? <AnalyseOffer paste={pastedLog} onDismiss={() => setPastedLog(undefined)} /> : null}
    </form>
  );
}
