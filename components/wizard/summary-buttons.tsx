'use client';

import { useState } from 'react';
import { wizardSummary, type WizardSummaryInput } from '@/lib/wizards/summary';

/** « Copier le résumé pour le ticket », as plain text or Markdown, and the print view. */
export function SummaryButtons({ summary }: { summary: WizardSummaryInput }) {
  const [copied, setCopied] = useState<'text' | 'markdown'>();

  async function copy(format: 'text' | 'markdown') {
    try {
      await navigator.clipboard.writeText(wizardSummary(summary, window.location.origin, format));
      setCopied(format);
      window.setTimeout(() => setCopied(undefined), 2500);
    } catch {
      setCopied(undefined);
    }
  }

  const button =
    'rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:hover:bg-slate-800';
  return (
    <div className="flex flex-wrap gap-2 print:hidden">
      <button type="button" className={button} onClick={() => copy('text')}>
        {copied === 'text' ? 'Résumé copié' : 'Copier le résumé pour le ticket'}
      </button>
      <button type="button" className={button} onClick={() => copy('markdown')}>
        {copied === 'markdown' ? 'Copié (Markdown)' : 'Résumé en Markdown'}
      </button>
      <button type="button" className={button} onClick={() => window.print()}>
        Imprimer le parcours
      </button>
      <span role="status" aria-live="polite" className="sr-only">
        {copied ? 'Résumé copié dans le presse-papiers' : ''}
      </span>
    </div>
  );
}
