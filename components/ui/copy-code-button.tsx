'use client';

import { useRef } from 'react';
import { cn } from '@/lib/utils';
import { buttonClasses } from './button';
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
        className={cn(
          buttonClasses({ variant: 'tool', size: 'xs' }),
          'absolute top-2 right-2 bg-white/90 dark:bg-slate-900/90',
        )}
      >
        {status === 'copied' ? 'Copié' : 'Copier'}
        <span className="sr-only"> la commande</span>
      </button>
      <CopyFeedback status={status} copiedMessage="Commande copiée dans le presse-papiers" />
    </>
  );
}
