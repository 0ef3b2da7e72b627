'use client';

import Link from 'next/link';
import { routes } from '@/lib/routes';
import { keepPaste, nonBlankLines } from './pending-paste';

type AnalyseOfferProps = { paste: string; onDismiss?: () => void };

/** Under a search box that received a multi-line paste: a log is better read by the analyser. */
export function AnalyseOffer({ paste, onDismiss }: AnalyseOfferProps) {
  const lines = nonBlankLines(paste);
  return (
    <p
      role="status"
      className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-blue-200 bg-blue-50 px-3 py-2 text-sm text-slate-800 dark:border-blue-900 dark:bg-slate-800 dark:text-slate-200"
    >
      <span>Vous avez collé {lines} lignes : un journal se lit mieux avec l’analyseur.</span>
      <Link
        href={routes.analyse()}
        onClick={() => keepPaste(paste)}
        className="font-semibold text-blue-700 underline dark:text-blue-300"
      >
        Analyser ce texte
      </Link>
      {onDismiss ? (
        <button type="button" onClick={onDismiss} className="text-slate-600 underline dark:text-slate-400">
          Non merci
        </button>
      ) : null}
    </p>
  );
}
