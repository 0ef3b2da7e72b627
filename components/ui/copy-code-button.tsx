'use client';

import { useRef } from 'react';
import { CopyFeedback } from './copy-feedback';
import { useCopy } from './use-copy';

/** Copies the text of the code block it sits in (the highlighted HTML is rendered on the server). */
export function CopyCodeButton() {
  const ref = useRef<HTMLButtonElement>(null);
  const { status, copy } = useCopy();

  function copyCode() {
    const code = ref.current?.closest('[data-code-block]')?.querySelector('pre')?.innerText ?? '';
    void copy({ text: code.replace(/\n$/, '') });
  }

  return (
    <>
      <button
        ref={ref}
        type="button"
        onClick={copyCode}
        className="absolute top-2 right-2 rounded-md border border-slate-300 bg-white/90 px-2 py-0.5 text-xs font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-900/90 dark:text-slate-200 dark:hover:bg-slate-800 print:hidden"
      >
        {status === 'copied' ? 'Copié' : 'Copier'}
        <span className="sr-only"> la commande</span>
      </button>
      <CopyFeedback status={status} copiedMessage="Commande copiée dans le presse-papiers" />
    </>
  );
}
