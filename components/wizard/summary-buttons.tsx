'use client';

import { Button } from '@/components/ui/button';
import { CopyFeedback } from '@/components/ui/copy-feedback';
import { useCopy } from '@/components/ui/use-copy';
import { ticketHtml, ticketMarkdown, ticketText } from '@/lib/ticket/ticket';
import { wizardNote, type WizardNoteInput } from '@/lib/ticket/wizard-note';
import { EMPTY_TAB_HISTORY, parseTabHistory, tabHistoryKey, type TabHistory } from '@/lib/wizards/tab-history';

function tabHistory(wizardId: string): TabHistory {
  try {
    return parseTabHistory(sessionStorage.getItem(tabHistoryKey(wizardId)));
  } catch {
    return EMPTY_TAB_HISTORY;
  }
}

/**
 * « Copier le résumé pour le ticket » (plain text and HTML together, like every « Copier pour le ticket »),
 * its Markdown variant, and the print view. The note is written at the click, from the places this tab
 * showed (components/wizard/tab-history-recorder.tsx).
 */
export function SummaryButtons({ wizardId, input }: { wizardId: string; input: WizardNoteInput }) {
  const { status, which, copy } = useCopy();
  const copied = status === 'copied' ? which : undefined;
  const note = () => wizardNote(input, tabHistory(wizardId));

  return (
    <div className="flex flex-wrap gap-2 print:hidden">
      <Button
        onClick={() => {
          const unit = note();
          const origin = window.location.origin;
          void copy({ text: ticketText(unit, origin), html: ticketHtml(unit, origin) }, 'ticket');
        }}
      >
        {copied === 'ticket' ? 'Résumé copié' : 'Copier le résumé pour le ticket'}
      </Button>
      <Button onClick={() => void copy({ text: ticketMarkdown(note(), window.location.origin) }, 'markdown')}>
        {copied === 'markdown' ? 'Copié (Markdown)' : 'Résumé en Markdown'}
      </Button>
      <Button onClick={() => window.print()}>Imprimer le parcours</Button>
      <CopyFeedback status={status} copiedMessage="Résumé copié dans le presse-papiers" />
    </div>
  );
}
