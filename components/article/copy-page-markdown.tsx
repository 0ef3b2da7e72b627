'use client';

import { CopyFeedback } from '@/components/ui/copy-feedback';
import { useCopy } from '@/components/ui/use-copy';

/**
 * « Copier la page en Markdown »: the same text `/articles/<slug>.md` serves (one source), fetched on
 * click; the clipboard receives it as a promise so the click's permission holds while it loads.
 */
export function CopyPageMarkdown({ href }: { href: string }) {
  const { status, copy } = useCopy();
  function copyPage() {
    const payload = fetch(href).then(async (response) => {
      if (!response.ok) throw new Error(`${response.status}`);
      return { text: await response.text() };
    });
    void copy(payload);
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={copyPage}
        className="rounded-md border border-slate-300 px-2 py-0.5 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800 print:hidden"
      >
        {status === 'copied' ? 'Page copiée' : 'Copier la page en Markdown'}
      </button>
      <CopyFeedback status={status} copiedMessage="Page copiée en Markdown" />
    </span>
  );
}
