'use client';

import Link from 'next/link';
import { useState } from 'react';
import { routes } from '@/lib/routes';
import { keepPaste, nonBlankLines } from './pending-paste';

type AnalyseOfferProps = { paste: string; onDismiss?: () => void };

/** Under a search box that received a multi-line paste: a log is better read by the analyser. */
export function AnalyseOffer({ paste, onDismiss }: AnalyseOfferProps) {
  const lines = nonBlankLines(paste);
  const [unkept, setUnkept] = useState(false);
  return (
    <p
      role="status"
      className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-blue-200 bg-blue-50 px-3 py-2 text-sm text-slate-800 dark:border-blue-900 dark:bg-slate-800 dark:text-slate-200"
    >
      <span>Vous avez collé {lines} lignes : un journal se lit mieux avec l’analyseur.</span>
      <Link
        href={routes.analyse()}
        onClick={(event) => {
          // The analyser reads the paste from the tab's storage: when it cannot be kept, say so and stay here.
          if (keepPaste(paste) === 'kept') return;
          event.preventDefault();
          setUnkept(true);
        }}
        className="font-semibold text-blue-700 underline dark:text-blue-300"
      >
        Analyser ce texte
      </Link>
      {onDismiss ? (
        <button type="button" onClick={onDismiss} className="text-slate-600 underline dark:text-slate-400">
          Non merci
        </button>
      ) : null}
      {unkept ? (
        <span role="alert" className="basis-full text-red-700 dark:text-red-300">
          Le texte n’a pas pu être transmis à l’analyseur (stockage de l’onglet plein ou refusé) : ouvrez « Analyser un
          journal » et collez-le dans son champ.
        </span>
      ) : null}
    </p>
  );
}
