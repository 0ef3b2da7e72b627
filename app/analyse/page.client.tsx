'use client';

import { startTransition, useEffect, useEffectEvent, useRef, useState } from 'react';
import { AnalysisFindingList } from '@/components/analyse/analysis-findings';
import { createAnalyser, type Analyser, type AnalysisRun } from '@/components/analyse/analyser';
import { createPasteKeeper, keptPaste, type KeepStatus } from '@/components/analyse/pending-paste';
import { MAX_PASTE_CHARS } from '@/lib/analyse/records';
import { afterPaint } from '@/lib/after-paint';

type State = { status: 'idle' } | { status: 'running' } | ({ status: 'done' } & AnalysisRun) | { status: 'failed' };

const fr = (value: number) => value.toLocaleString('fr-FR');

/**
 * User Timing names: each analysis is a `performance` measure from its start to its findings on the page, for
 * the long-task test and for anyone profiling the page (DevTools shows them).
 */
const ANALYSE_MARK = 'portail:analyse-debut';
const ANALYSE_MEASURE = 'portail:analyse';

const STORAGE_FAILURE: Record<Exclude<KeepStatus, 'kept'>, string> = {
  full: 'le stockage de cet onglet est plein',
  refused: 'ce navigateur refuse de le stocker',
};

/**
 * The analyser's live part. The field holds at most what the analysis reads (`MAX_PASTE_CHARS`; a longer paste
 * is cut by the field itself, and a note says how much was kept). Key presses cost the page nothing: the field
 * is not a controlled input; it is read, counted and written to the tab's storage when the agent pauses. The
 * analysis runs in a Web Worker (components/analyse/analyser.ts).
 */
export function AnalysePageClient() {
  const field = useRef<HTMLTextAreaElement>(null);
  const analyser = useRef<Analyser>(undefined);
  const keeper = useRef<ReturnType<typeof createPasteKeeper>>(undefined);
  /** Length of the paste the field was cut from, while the field holds its start. */
  const cutFrom = useRef<number | undefined>(undefined);
  const run = useRef(0);
  const [chars, setChars] = useState(0);
  const [cut, setCut] = useState<number | undefined>();
  const [storage, setStorage] = useState<KeepStatus>('kept');
  const [state, setState] = useState<State>({ status: 'idle' });
  /** « Analyser » was pressed: once the findings are shown, focus and scroll go to their heading. */
  const focusFindings = useRef(false);
  const findingsHeading = useRef<HTMLHeadingElement>(null);

  async function analyse(text: string) {
    if (!text.trim() || !analyser.current) {
      setState({ status: 'idle' });
      return;
    }
    const ticket = ++run.current;
    performance.mark(ANALYSE_MARK);
    setState({ status: 'running' });
    try {
      const result = await analyser.current.analyse(text);
      // A transition: React renders the findings in slices too, between frames and key presses.
      if (result && ticket === run.current) startTransition(() => setState({ status: 'done', ...result }));
    } catch {
      if (ticket === run.current) setState({ status: 'failed' });
    }
  }

  function noteCut(pastedLength: number | undefined) {
    cutFrom.current = pastedLength;
    setCut(pastedLength);
  }

  /** The field changed: it is read (counted, kept in the tab) when the agent pauses, never on each key. */
  function changed(element: HTMLTextAreaElement) {
    keeper.current?.schedule(() => ({ text: element.value, pastedLength: cutFrom.current }));
  }

  // A paste carried over from a search box (or this tab's last paste) is analysed on arrival. It is read
  // after hydration: the server cannot see this tab's storage.
  const start = useEffectEvent(() => {
    const kept = keptPaste();
    if (!kept.text || !field.current) return;
    field.current.value = kept.text;
    setChars(kept.text.length);
    noteCut(kept.pastedLength > kept.text.length ? kept.pastedLength : undefined);
    void analyse(kept.text);
  });

  useEffect(() => {
    const current = createAnalyser();
    const keep = createPasteKeeper((status, text) => {
      setStorage(status);
      setChars(text.length);
      if (!text) {
        cutFrom.current = undefined;
        setCut(undefined);
      }
    });
    analyser.current = current;
    keeper.current = keep;
    current.prepare();
    start();
    window.addEventListener('pagehide', keep.flush);
    return () => {
      window.removeEventListener('pagehide', keep.flush);
      keep.flush();
      current.dispose();
    };
  }, []);

  useEffect(() => {
    if (state.status !== 'done') return;
    performance.measure(ANALYSE_MEASURE, ANALYSE_MARK);
    if (focusFindings.current) {
      focusFindings.current = false;
      findingsHeading.current?.focus({ preventScroll: true });
      findingsHeading.current?.scrollIntoView({ block: 'start' });
    }
  }, [state]);

  return (
    <div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          focusFindings.current = true;
          keeper.current?.flush();
          void analyse(field.current?.value ?? '');
        }}
      >
        <label htmlFor="texte-a-analyser" className="mb-1 block font-semibold">
          Texte à analyser
        </label>
        <textarea
          ref={field}
          id="texte-a-analyser"
          maxLength={MAX_PASTE_CHARS}
          // onInput, not onChange: React reads the whole value on each change event to track it.
          onInput={(event) => changed(event.currentTarget)}
          onPaste={(event) => {
            const element = event.currentTarget;
            // The field keeps its first MAX_PASTE_CHARS characters (maxLength; line ends become \n).
            const text = event.clipboardData.getData('text').replace(/\r\n?/g, '\n');
            const replaced = element.selectionEnd - element.selectionStart;
            const whole = element.textLength - replaced + text.length;
            if (whole > MAX_PASTE_CHARS) noteCut(whole);
            else if (replaced === element.textLength) noteCut(undefined);
            // A fresh paste into an empty box is analysed at once, once the field shows it (a paste of 200 KB
            // takes a frame); otherwise the button does it.
            if (element.textLength === 0 && text.trim()) afterPaint(() => void analyse(element.value));
          }}
          rows={12}
          spellCheck={false}
          placeholder={
            'Exemple :\nLog Name: Microsoft-Windows-SENSE/Operational\nSource: Microsoft-Windows-SENSE\nEvent ID: 7\n…'
          }
          className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm text-slate-900 placeholder:text-slate-500 focus:border-blue-600 focus:ring-2 focus:ring-blue-600/30 focus:outline-none dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
        />
        {cut !== undefined ? (
          <p
            role="status"
            data-testid="paste-cut-note"
            className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
          >
            Le texte collé compte {fr(cut)} caractères : seuls les {fr(MAX_PASTE_CHARS)} premiers sont gardés dans cet
            onglet et analysés ; les {fr(cut - MAX_PASTE_CHARS)} suivants ne sont pas analysés. Pour les lire, collez la
            partie du journal qui vous intéresse.
          </p>
        ) : null}
        {storage !== 'kept' ? (
          <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
            Le texte n’a pas pu être gardé dans cet onglet : {STORAGE_FAILURE[storage]}. Il reste dans le champ et peut
            être analysé, mais il sera perdu si la page est rechargée ou fermée.
          </p>
        ) : null}
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
              if (field.current) {
                field.current.value = '';
                changed(field.current);
                keeper.current?.flush();
              }
              setState({ status: 'idle' });
            }}
            className="rounded-md border border-slate-300 px-4 py-2 text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
          >
            Effacer
          </button>
          <span className="text-sm text-slate-600 dark:text-slate-400">
            {fr(chars)} caractères ({fr(MAX_PASTE_CHARS)} au plus)
          </span>
        </div>
      </form>
      <section
        aria-label="Résultats de l’analyse"
        aria-live="polite"
        aria-busy={state.status === 'running'}
        data-testid="analysis-results"
        data-engine={state.status === 'done' ? state.engine : undefined}
        className="mt-6"
      >
        {state.status === 'running' ? <p className="text-slate-600 dark:text-slate-400">Analyse en cours…</p> : null}
        {state.status === 'failed' ? (
          <p role="alert" className="text-red-700 dark:text-red-300">
            Les données de recherche n’ont pas pu être chargées. Vérifiez la connexion au portail, puis cliquez sur «
            Analyser ».
          </p>
        ) : null}
        {state.status === 'done' ? (
          <>
            <h2
              ref={findingsHeading}
              tabIndex={-1}
              className="mb-2 scroll-mt-24 text-lg font-semibold focus:outline-none"
            >
              Résultats de l’analyse
            </h2>
            <AnalysisFindingList analysis={state.analysis} milliseconds={state.milliseconds} />
          </>
        ) : null}
      </section>
    </div>
  );
}
