'use client';

import { Button } from '@/components/ui/button';
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
      <Button onClick={copyPage} className="print:hidden">
        {status === 'copied' ? 'Page copiée' : 'Copier la page en Markdown'}
      </Button>
      <CopyFeedback status={status} copiedMessage="Page copiée en Markdown" />
    </span>
  );
}
