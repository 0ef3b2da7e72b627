'use client';

import { Button } from '@/components/ui/button';
import { CopyFeedback } from '@/components/ui/copy-feedback';
import { useCopy } from '@/components/ui/use-copy';
import { wizardSummary, type WizardSummaryInput } from '@/lib/wizards/summary';

/** « Copier le résumé pour le ticket », as plain text or Markdown, and the print view. */
export function SummaryButtons({ summary }: { summary: WizardSummaryInput }) {
  const { status, which, copy } = useCopy();
  const copied = status === 'copied' ? which : undefined;

  return (
    <div className="flex flex-wrap gap-2 print:hidden">
      <Button onClick={() => copy({ text: wizardSummary(summary, window.location.origin, 'text') }, 'text')}>
        {copied === 'text' ? 'Résumé copié' : 'Copier le résumé pour le ticket'}
      </Button>
      <Button onClick={() => copy({ text: wizardSummary(summary, window.location.origin, 'markdown') }, 'markdown')}>
        {copied === 'markdown' ? 'Copié (Markdown)' : 'Résumé en Markdown'}
      </Button>
      <Button onClick={() => window.print()}>Imprimer le parcours</Button>
      <CopyFeedback status={status} copiedMessage="Résumé copié dans le presse-papiers" />
    </div>
  );
}
