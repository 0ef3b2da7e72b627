'use client';

import { useEffect, useState } from 'react';
import { cn } from '@/lib/utils';

type CopyButtonProps = {
  /** Text to copy; a path starting with `/` is copied as an absolute URL of this site. */
  value: string;
  /** Accessible name, e.g. « Copier le lien vers cette section ». */
  label: string;
  /** What the live region says once copied. */
  copiedMessage?: string;
  children?: React.ReactNode;
  className?: string;
};

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Plain-http intranet deployments have no Clipboard API: fall back to a hidden textarea.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

export function CopyButton({ value, label, copiedMessage = 'Copié dans le presse-papiers', children, className }: CopyButtonProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (status === 'idle') return;
    const timer = window.setTimeout(() => setStatus('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [status]);

  async function copy() {
    const text = value.startsWith('/') ? new URL(value, window.location.origin).href : value;
    setStatus((await writeClipboard(text)) ? 'copied' : 'failed');
  }

  return (
    <>
      <button
        type="button"
        onClick={copy}
        aria-label={label}
        title={label}
        data-copy-value={value}
        className={cn(
          'inline-flex items-center gap-1 rounded-md border border-slate-300 px-1.5 py-0.5 text-xs font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white print:hidden',
          className,
        )}
      >
        {status === 'copied' ? <CheckIcon /> : <LinkIcon />}
        {children ? <span>{status === 'copied' ? 'Copié' : children}</span> : null}
      </button>
      <span role="status" aria-live="polite" className="sr-only">
        {status === 'copied' ? copiedMessage : status === 'failed' ? 'La copie a échoué : sélectionnez le texte à la main.' : ''}
      </span>
    </>
  );
}

function LinkIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="1.8">
      <path d="M8.5 11.5a3.5 3.5 0 0 0 5 0l2.5-2.5a3.5 3.5 0 0 0-5-5l-1 1" strokeLinecap="round" />
      <path d="M11.5 8.5a3.5 3.5 0 0 0-5 0L4 11a3.5 3.5 0 0 0 5 5l1-1" strokeLinecap="round" />
    </svg>
  );
}

function CheckIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="2">
      <path d="m4 10.5 4 4 8-9" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
