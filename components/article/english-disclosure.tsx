'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { englishEntryOf } from '@/lib/english/original-keys';
import { cn } from '@/lib/utils';

/**
 * The English text read like the article's (the details are `not-prose`, so that they look the same in an
 * article, in a code table and in a wizard): paragraphs, lists, inline code, links, tables.
 */
const ENGLISH_BODY = cn(
  'space-y-2 border-t border-slate-200 px-3 pt-2 pb-3 leading-relaxed text-slate-800 dark:border-slate-700 dark:text-slate-200',
  '[&_ol]:list-decimal [&_ol]:space-y-1 [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:space-y-1 [&_ul]:pl-5',
  '[&_code]:text-[0.85em] [&_code]:break-words [&_li>p]:my-0',
  '[&_a]:text-blue-700 [&_a]:underline dark:[&_a]:text-blue-300',
  '[&_table]:w-full [&_table]:border-collapse [&_td]:border [&_td]:border-slate-200 [&_td]:px-2 [&_td]:py-1 dark:[&_td]:border-slate-700 [&_th]:border [&_th]:border-slate-200 [&_th]:px-2 [&_th]:py-1 [&_th]:text-left dark:[&_th]:border-slate-700',
  '[&_hr]:my-3 [&_hr]:border-slate-200 dark:[&_hr]:border-slate-700',
  '[&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:p-2 [&_pre]:text-xs',
);
const STATE_TEXT = 'border-t border-slate-200 px-3 py-2 text-slate-700 dark:border-slate-700 dark:text-slate-300';

type Loaded = { heading?: string; body: ReactNode };
type State = { kind: 'idle' } | { kind: 'loading' } | { kind: 'error' } | ({ kind: 'shown' } & Loaded);

/** One fetch per file and page, shared by every original of the page; a failed one is tried again next time. */
const files = new Map<string, Promise<unknown>>();

function fetchFile(url: string): Promise<unknown> {
  const known = files.get(url);
  if (known) return known;
  const load = fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url} : HTTP ${response.status}`);
    return response.json() as Promise<unknown>;
  });
  files.set(url, load);
  load.catch(() => files.delete(url));
  return load;
}

/** The entry `entryKey` of the file at `dataUrl`, rendered; throws when either cannot be had. */
async function loadOriginal(dataUrl: string, entryKey: string): Promise<Loaded> {
  const [data, { renderEnglish }] = await Promise.all([fetchFile(dataUrl), import('./english-render')]);
  const entry = englishEntryOf(data, entryKey);
  if (!entry) throw new Error(`${dataUrl} : pas d’entrée ${entryKey}`);
  return { heading: entry.heading, body: renderEnglish(entry.body, dataUrl) };
}

type EnglishDisclosureProps = {
  /** What the original is of, for screen readers (the French title or row label). */
  of: string;
  /** The article's originals (routes.englishOriginals) and this one's entry in them (lib/english/original-keys.ts). */
  dataUrl: string;
  entryKey: string;
  /** Where the English is without JavaScript: the article's Markdown export, which holds every original. */
  markdownHref: string;
  /** A French remark under the English (what the original leaves out), outside `lang="en"`. */
  remark?: string;
  className?: string;
};

/**
 * « Original anglais », closed by default: a native disclosure (keyboard and screen readers for free) whose
 * English is loaded when it is first opened, so that a page does not carry the English of every section and
 * row. Printed only if open (an open one holds its English, a closed one is left out).
 */
export function EnglishDisclosure({ of, dataUrl, entryKey, markdownHref, remark, className }: EnglishDisclosureProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const details = useRef<HTMLDetailsElement>(null);

  async function load() {
    setState({ kind: 'loading' });
    try {
      setState({ kind: 'shown', ...(await loadOriginal(dataUrl, entryKey)) });
    } catch {
      setState({ kind: 'error' });
    }
  }

  // Opened before the page's JavaScript ran: no toggle event will come for that opening.
  useEffect(() => {
    if (details.current?.open) void load();
    // Once, on mounting: later openings come through onToggle.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <details
      ref={details}
      onToggle={(event) => {
        if (event.currentTarget.open && (state.kind === 'idle' || state.kind === 'error')) void load();
      }}
      className={cn(
        'english-original not-prose rounded-md border border-slate-200 bg-slate-50 text-sm dark:border-slate-700 dark:bg-slate-900 print:border-slate-400 print:bg-transparent print:not-open:hidden',
        className,
      )}
    >
      <summary className="cursor-pointer rounded-md px-3 py-1.5 font-medium text-slate-700 hover:text-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:text-slate-200 dark:hover:text-blue-300">
        Original anglais{' '}
        <span className="text-xs font-normal text-slate-500 dark:text-slate-400">(Microsoft Learn, en-us)</span>
        <span className="sr-only"> : {of}</span>
      </summary>
      {state.kind === 'shown' ? (
        <div lang="en" className={ENGLISH_BODY}>
          {state.heading ? <p className="text-base font-semibold">{state.heading}</p> : null}
          {state.body}
        </div>
      ) : (
        <div role="status" className={STATE_TEXT}>
          {state.kind === 'loading' ? <p>Chargement de l’original…</p> : null}
          {state.kind === 'error' ? (
            <p className="flex flex-wrap items-center gap-2">
              L’original anglais n’a pas pu être chargé.
              <button
                type="button"
                className={buttonClasses({ variant: 'tool', size: 'xs' })}
                onClick={() => void load()}
              >
                Réessayer
              </button>
            </p>
          ) : null}
          <noscript>
            <p>
              Sans JavaScript, les originaux anglais de l’article sont dans son{' '}
              <a href={markdownHref} className="text-blue-700 underline dark:text-blue-300">
                export Markdown
              </a>
              , à la fin de chaque section.
            </p>
          </noscript>
        </div>
      )}
      {remark ? <p className="px-3 pb-2 text-xs text-slate-600 dark:text-slate-400">{remark}</p> : null}
    </details>
  );
}
