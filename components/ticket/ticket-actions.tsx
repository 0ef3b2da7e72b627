'use client';

import { buttonClasses } from '@/components/ui/button';
import { CopyFeedback } from '@/components/ui/copy-feedback';
import { printUnit } from '@/components/ui/print-unit';
import { useCopy } from '@/components/ui/use-copy';
import { printCaption, ticketHtml, ticketMarkdown, ticketText, type TicketUnit } from '@/lib/ticket/ticket';
import { cn } from '@/lib/utils';
import { useEnglishInTicket } from './use-english-in-ticket';

/** The element a unit's actions belong to: what « Imprimer » prints alone. */
const UNIT_SELECTOR = '.article-section, tbody.code-group, [data-ticket-unit]';

const action = buttonClasses({ variant: 'tool', size: 'xs' });

type TicketActionsProps = {
  /** Built on the server from the content (lib/ticket/units.ts). */
  unit: TicketUnit;
  /** The same section of the English original on Learn, for article sections. */
  englishUrl?: string;
  className?: string;
};

/**
 * « Copier pour le ticket » (plain text and HTML together), its Markdown variant, and « Imprimer » for
 * one unit; when the unit has its English original, an option to copy it too (remembered). The ticket is
 * rendered here only to make its links absolute on the origin in use.
 */
export function TicketActions({ unit, englishUrl, className }: TicketActionsProps) {
  const { status, which, copy } = useCopy();
  const [englishChosen, setEnglish] = useEnglishInTicket();
  const copied = status === 'copied' ? which : undefined;
  const options = { english: englishChosen && Boolean(unit.english) };
  const withEnglish = options.english ? ', avec l’original anglais' : '';

  function print(button: HTMLElement) {
    const target = button.closest(UNIT_SELECTOR);
    if (target) printUnit(target, printCaption(unit, window.location.origin));
  }

  return (
    <div className={cn('ticket-actions not-prose flex flex-wrap items-center gap-1.5 print:hidden', className)}>
      <button
        type="button"
        className={action}
        onClick={() =>
          copy(
            {
              text: ticketText(unit, window.location.origin, options),
              html: ticketHtml(unit, window.location.origin, options),
            },
            'ticket',
          )
        }
      >
        <ClipboardIcon />
        Copier pour le ticket
      </button>
      <button
        type="button"
        className={action}
        aria-label="Copier en Markdown"
        onClick={() => copy({ text: ticketMarkdown(unit, window.location.origin, options) }, 'markdown')}
      >
        Markdown
      </button>
      {unit.english ? (
        <label className="inline-flex cursor-pointer items-center gap-1 rounded-md px-1 text-xs text-slate-600 dark:text-slate-300">
          <input
            type="checkbox"
            checked={englishChosen}
            onChange={(event) => setEnglish(event.target.checked)}
            className="size-3.5 accent-blue-700 dark:accent-blue-400"
          />
          avec l’original anglais
        </label>
      ) : null}
      <button type="button" className={action} onClick={(event) => print(event.currentTarget)}>
        Imprimer<span className="sr-only"> cette partie seule</span>
      </button>
      {englishUrl ? (
        <a
          href={englishUrl}
          hrefLang="en"
          rel="noopener noreferrer"
          className="external-link text-xs text-slate-600 underline hover:text-blue-700 dark:text-slate-300 dark:hover:text-blue-300"
        >
          Original anglais
        </a>
      ) : null}
      {copied ? (
        <span aria-hidden="true" className="text-xs font-medium text-emerald-700 dark:text-emerald-400">
          {copied === 'markdown' ? 'Markdown copié' : 'Copié'}
        </span>
      ) : null}
      <CopyFeedback
        status={status}
        copiedMessage={`Copié pour le ticket${copied === 'markdown' ? ', en Markdown' : ''}${withEnglish}`}
      />
    </div>
  );
}

function ClipboardIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className="size-3.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
    >
      <rect x="5" y="4" width="10" height="13" rx="1.5" />
      <path d="M8 4V3h4v1" strokeLinecap="round" />
      <path d="M7.5 9h5M7.5 12h5" strokeLinecap="round" />
    </svg>
  );
}
