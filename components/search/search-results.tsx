'use client';

import Link from 'next/link';
import { CODE_TABLES, KNOWN_CODE_TABLES } from '@/lib/tables/code-tables-meta';
import { routes } from '@/lib/routes';
import { searchHref } from '@/lib/search/params';
import type { SearchResult, Segment } from '@/lib/search/types';
import { rememberHighlight } from './search-highlight';

const KIND_LABEL: Readonly<Record<SearchResult['kind'], string>> = {
  section: 'Article',
  row: 'Code',
  step: 'Assistant',
};

export function Snippet({ segments }: { segments: readonly Segment[] }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.mark ? (
          <mark key={i} className="search-mark">
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}

/** Ranked results, best first; each one links to its deep link. */
export function SearchResultList({ results }: { results: readonly SearchResult[] }) {
  return (
    <ol className="space-y-3" aria-label="Résultats">
      {results.map((result) => (
        <li
          key={result.href}
          className="rounded-lg border border-slate-200 p-3 hover:border-blue-400 dark:border-slate-700 dark:hover:border-blue-500"
        >
          <p className="flex flex-wrap items-center gap-x-2 text-xs text-slate-600 dark:text-slate-400">
            <span className="rounded bg-slate-100 px-1.5 py-0.5 font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-200">
              {KIND_LABEL[result.kind]}
            </span>
            <span>{result.breadcrumb.join(' › ')}</span>
          </p>
          <Link
            href={result.href}
            data-testid="search-result"
            onClick={() => rememberHighlight(result.href, result.terms)}
            className="mt-1 block font-semibold text-blue-800 hover:underline dark:text-blue-300"
          >
            {result.title}
          </Link>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300" lang={result.snippetLang}>
            <Snippet segments={result.snippet} />
          </p>
        </li>
      ))}
    </ol>
  );
}

/** A way in that search can offer when nothing matches (the wizards, named from content/wizards). */
export type EntryLink = { href: string; title: string };

/** What the agent sees when nothing matches: a spelling suggestion, tips and ways in. */
export function SearchEmpty({
  query,
  suggestion,
  wizards,
}: {
  query: string;
  suggestion?: string;
  wizards: readonly EntryLink[];
}) {
  return (
    <div
      data-testid="search-empty"
      className="rounded-lg border border-dashed border-slate-300 p-4 dark:border-slate-600"
    >
      <p className="font-medium">
        Aucun résultat pour «{' '}
        <span className="break-all">{query.length > 120 ? `${query.slice(0, 120)}…` : query}</span> ».
      </p>
      {suggestion ? (
        <p className="mt-2">
          Vouliez-vous dire{' '}
          <Link href={searchHref(suggestion)} className="font-medium text-blue-700 underline dark:text-blue-300">
            {suggestion}
          </Link>{' '}
          ?
        </p>
      ) : null}
      <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-300">
        <li>Collez le code seul (0x87D1FDE8, -2016281112) ou l’ID d’événement (« événement 35 »).</li>
        <li>Gardez la partie la plus précise du message d’erreur, sans les horodatages.</li>
        <li>
          Suivez un assistant pas à pas :{' '}
          {wizards.map((wizard, i) => (
            <span key={wizard.href}>
              {i > 0 ? ', ' : ''}
              <Link href={wizard.href} className="text-blue-700 underline dark:text-blue-300">
                {wizard.title}
              </Link>
            </span>
          ))}
          .
        </li>
        <li>
          Parcourez les{' '}
          <Link href={routes.codes()} className="text-blue-700 underline dark:text-blue-300">
            tables de codes
          </Link>{' '}
          :{' '}
          {KNOWN_CODE_TABLES.map((id, i) => (
            <span key={id}>
              {i > 0 ? ', ' : ''}
              <Link href={routes.codeTable(id)} className="text-blue-700 underline dark:text-blue-300">
                {CODE_TABLES[id].title}
              </Link>
            </span>
          ))}
          .
        </li>
      </ul>
    </div>
  );
}
