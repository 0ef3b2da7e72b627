'use client';

import Link from 'next/link';
import { memo } from 'react';
import { CODE_TABLES, KNOWN_CODE_TABLES } from '@/lib/tables/code-tables-meta';
import { routes } from '@/lib/routes';
import { Badge } from '@/components/ui/badge';
import { describeWindowsCode, windowsCodesIn, type WindowsCode } from '@/lib/logs/windows-codes';
import { learnSearchHref, searchHref } from '@/lib/search/params';
import { hasSureAnswer, resultTiers, TIER_LABELS, type ResultTier } from '@/lib/search/tier';
import { sameShownResult } from '@/lib/search/shown-result';
import type { SearchResult, Segment } from '@/lib/search/types';
import { rememberHighlight } from './search-highlight';
import { useRowsToDraw } from './use-rows-to-draw';

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

/** How sure a result or finding is, as visible text (« Correspondance exacte », « Probable », « Possible »). */
export function TierBadge({ tier }: { tier: ResultTier }) {
  return (
    <Badge tone={tier} data-testid="confidence">
      {TIER_LABELS[tier]}
    </Badge>
  );
}

/**
 * Said above the best guesses when none of them is better than « Possible »: the articles may not answer the
 * question, and Microsoft Learn's own search is one click away.
 */
export function NoSureAnswer({ query }: { query?: string }) {
  return (
    <div
      role="note"
      data-testid="no-sure-answer"
      className="mb-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <p className="font-semibold">Aucune résolution sûre</p>
      <p className="mt-1">
        Les résultats ci-dessous ne partagent que quelques mots avec la demande : les articles n’y répondent peut-être
        pas.
        {/* A paste from /analyse never leaves the page: only a typed query is offered to Learn. */}
        {query ? (
          <>
            {' '}
            <a
              href={learnSearchHref(query)}
              className="font-medium underline"
              rel="noopener noreferrer"
              target="_blank"
            >
              Chercher sur Microsoft Learn
            </a>
            .
          </>
        ) : null}
      </p>
    </div>
  );
}

/** Windows' own error codes of a query or paste, decoded: named, never matched to the articles' rows. */
export function WindowsCodes({ codes }: { codes: readonly (WindowsCode & { line?: number })[] }) {
  if (!codes.length) return null;
  return (
    <div className="mb-3 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700">
      <p className="font-medium">Codes d’erreur Windows reconnus</p>
      <ul className="mt-1 space-y-1">
        {codes.map((code) => (
          <li key={code.hex} data-testid="windows-code">
            <code>{describeWindowsCode(code)}</code>
            {code.line !== undefined ? (
              <span className="text-slate-600 dark:text-slate-400"> — ligne {code.line}</span>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        Ces codes viennent de Windows (HRESULT de la famille Win32) : ils disent ce qui a échoué, pas quelle résolution
        des articles s’applique.
      </p>
    </div>
  );
}

/**
 * Ranked results, best first; each one links to its deep link and says how sure it is. Memoised: a keystroke
 * re-renders the box, not the answer on screen until the next answer arrives.
 */
export const SearchResultList = memo(function SearchResultList({
  results,
  query,
}: {
  results: readonly SearchResult[];
  query: string;
}) {
  const tiers = resultTiers(results);
  return (
    <>
      <WindowsCodes codes={windowsCodesIn(query)} />
      {hasSureAnswer(tiers) ? null : <NoSureAnswer query={query} />}
      <ResultItems results={results} tiers={tiers} />
    </>
  );
});

function ResultItems({ results, tiers }: { results: readonly SearchResult[]; tiers: readonly ResultTier[] }) {
  const drawn = useRowsToDraw(results);
  return (
    <ol className="space-y-3" aria-label="Résultats">
      {results.slice(0, drawn).map((result, i) => (
        <ResultRow key={result.href} result={result} tier={tiers[i] ?? 'possible'} />
      ))}
    </ol>
  );
}

/**
 * One result. Memoised on what it shows: the next keystroke's answer is new objects from the worker, mostly
 * equal to the rows already on screen, which then stay as they are (no render, no new link).
 */
const ResultRow = memo(
  function ResultRow({ result, tier }: { result: SearchResult; tier: ResultTier }) {
    return (
      <li className="rounded-lg border border-slate-200 p-3 hover:border-blue-400 dark:border-slate-700 dark:hover:border-blue-500">
        <p className="flex flex-wrap items-center gap-x-2 text-xs text-slate-600 dark:text-slate-400">
          <TierBadge tier={tier} />
          <Badge>{KIND_LABEL[result.kind]}</Badge>
          {result.breadcrumb.length ? <span>{result.breadcrumb.join(' › ')}</span> : null}
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
    );
  },
  (before, after) => before.tier === after.tier && sameShownResult(before.result, after.result),
);

/** A way in that search can offer when nothing matches (the wizards, named from content/wizards). */
export type EntryLink = { href: string; title: string };

/** What the agent sees when nothing matches: a spelling suggestion, tips and ways in. */
/** Memoised: the page re-renders on each keystroke, this block only when its query or suggestion changes. */
export const SearchEmpty = memo(function SearchEmpty({
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
      <p className="font-semibold">Aucune résolution sûre</p>
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
});
