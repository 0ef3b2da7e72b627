'use client';

import { startTransition, useEffect, useRef, useState } from 'react';
import { AnalysisFindingList } from '@/components/analyse/analysis-findings';
import { keepPaste, keptPaste } from '@/components/analyse/pending-paste';
import { loadSearchEngine } from '@/components/search/use-search-index';
import type { Analysis } from '@/lib/analyse/analyse';
import { MAX_PASTE_CHARS } from '@/lib/analyse/records';

type State =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; analysis: Analysis; milliseconds: number; truncated: boolean }
  | { status: 'failed' };

/**
 * The analyser's live part: the paste, kept in this tab's sessionStorage only; the search engine and the
 * analyser load on first use and run here, in the browser.
 */
export function AnalysePageClient() {
  const [paste, setPaste] = useState('');
  const [state, setState] = useState<State>({ status: 'idle' });
  const run = useRef(0);

  async function analyse(text: string) {
    if (!text.trim()) {
      setState({ status: 'idle' });
      return;
    }
    const ticket = ++run.current;
    setState({ status: 'running' });
    try {
      const [{ index, documents }, { analysePaste }] = await Promise.all([
        loadSearchEngine(),
        import('@/lib/analyse/analyse'),
      ]);
      // Let the « Analyse en cours » state paint before the work starts.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const start = performance.now();
      const analysis = analysePaste(text, index, documents);
      const milliseconds = Math.round(performance.now() - start);
      if (ticket === run.current)
        setState({ status: 'done', analysis, milliseconds, truncated: text.length > MAX_PASTE_CHARS });
    } catch {
      if (ticket === run.current) setState({ status: 'failed' });
    }
  }

  // A paste carried over from a search box (or this tab's last paste) is analysed on arrival. It is read
  // after hydration: the server cannot see this tab's storage.
  useEffect(() => {
    const kept = keptPaste();
    if (!kept) return;
    startTransition(() => {
      setPaste(kept);
      void analyse(kept);
    });
  }, []);

  function update(text: string) {
    setPaste(text);
    keepPaste(text);
  }

  return (
    <div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void analyse(paste);
        }}
      >
        <label htmlFor="texte-a-analyser" className="mb-1 block font-semibold">
          Texte à analyser
        </label>
        <textarea
          id="texte-a-analyser"
          value={paste}
          onChange={(event) => update(event.target.value)}
          onPaste={(event) => {
            const text = event.clipboardData.getData('text');
            // A fresh paste into an empty box is analysed at once; otherwise the button does it.
            if (!paste.trim() && text.trim()) window.setTimeout(() => void analyse(text), 0);
          }}
          rows={12}
          spellCheck={false}
          placeholder={
            'Exemple :\nLog Name: Microsoft-Windows-SENSE/Operational\nSource: Microsoft-Windows-SENSE\nEvent ID: 7\n…'
          }
          className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm text-slate-900 placeholder:text-slate-500 focus:border-blue-600 focus:ring-2 focus:ring-blue-600/30 focus:outline-none dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
        />
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <button
            type="submit"
            className="rounded-md bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
          >
            Analyser
          </button>
          <button
            type="button"
            onClick={() => {
              update('');
              setState({ status: 'idle' });
            }}
            className="rounded-md border border-slate-300 px-4 py-2 text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
          >
            Effacer
          </button>
          <span className="text-sm text-slate-600 dark:text-slate-400">
            {paste.length.toLocaleString('fr-FR')} caractères (200 Ko au plus)
          </span>
        </div>
      </form>
      <section
        aria-label="Résultats de l’analyse"
        aria-live="polite"
        aria-busy={state.status === 'running'}
        className="mt-6"
      >
        {state.status === 'running' ? <p className="text-slate-600 dark:text-slate-400">Analyse en cours…</p> : null}
        {state.status === 'failed' ? (
          <p role="alert" className="text-red-700 dark:text-red-300">
            Les données de recherche n’ont pas pu être chargées. Vérifiez la connexion au portail, puis cliquez sur «
            Analyser ».
          </p>
        ) : null}
        {state.status === 'done' ? <AnalysisFindingList {...state} /> : null}
      </section>
    </div>
  );
}
