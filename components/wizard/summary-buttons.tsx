'use client';

import { CopyFeedback } from '@/components/ui/copy-feedback';
import { useCopy } from '@/components/ui/use-copy';
import { wizardSummary, type WizardSummaryInput } from '@/lib/wizards/summary';

/** « Copier le résumé pour le ticket », as plain text or Markdown, and the print view. */
export function SummaryButtons({ summary }: { summary: WizardSummaryInput }) {
  const { status, which, copy } = useCopy();
  const copied = status === 'copied' ? which : undefined;

  const button =
    'rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:hover:bg-slate-800';
  return (
    <div className="flex flex-wrap gap-2 print:hidden">
      <button
        type="button"
        className={button}
        onClick={() => copy({ text: wizardSummary(summary, window.location.origin, 'text') }, 'text')}
      >
        {copied === 'text' ? 'Résumé copié' : 'Copier le résumé pour le ticket'}
      </button>
      <button
        type="button"
        className={button}
        onClick={() => copy({ text: wizardSummary(summary, window.location.origin, 'markdown') }, 'markdown')}
      >
        {copied === 'markdown' ? 'Copié (Markdown)' : 'Résumé en Markdown'}
      </button>
      <button type="button" className={button} onClick={() => window.print()}>
        Imprimer le parcours
      </button>
      <CopyFeedback status={status} copiedMessage="Résumé copié dans le presse-papiers" />
    </div>
  );
}
