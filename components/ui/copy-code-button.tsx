'use client';

import { useRef, useState } from 'react';

/** Copies the text of the code block it sits in (the highlighted HTML is rendered on the server). */
export function CopyCodeButton() {
  const ref = useRef<HTMLButtonElement>(null);
  const [copied, setCopied] = useState(false);

  async function copy() {
    const code = ref.current?.closest('[data-code-block]')?.querySelector('pre')?.innerText ?? '';
    try {
      await navigator.clipboard.writeText(code.replace(/\n$/, ''));
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2500);
    } catch {
      setCopied(false);
    }
  }

  return (
    <>
      <button
        ref={ref}
        type="button"
        onClick={copy}
        className="absolute top-2 right-2 rounded-md border border-slate-300 bg-white/90 px-2 py-0.5 text-xs font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-900/90 dark:text-slate-200 dark:hover:bg-slate-800 print:hidden"
      >
        {copied ? 'Copié' : 'Copier'}
        <span className="sr-only"> la commande</span>
      </button>
      <span role="status" aria-live="polite" className="sr-only">
        {copied ? 'Commande copiée dans le presse-papiers' : ''}
      </span>
    </>
  );
}
