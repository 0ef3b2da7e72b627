'use client';

import { absoluteUrl } from '@/lib/routes';
import { cn } from '@/lib/utils';
import { buttonClasses } from './button';
import { CopyFeedback } from './copy-feedback';
import { useCopy } from './use-copy';

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

export function CopyButton({
  value,
  label,
  copiedMessage = 'Copié dans le presse-papiers',
  children,
  className,
}: CopyButtonProps) {
  const { status, copy } = useCopy();

  return (
    <>
      <button
        type="button"
        onClick={() => copy({ text: absoluteUrl(value, window.location.origin) })}
        aria-label={label}
        title={label}
        data-copy-value={value}
        className={cn(buttonClasses({ variant: 'tool', size: 'xs' }), className)}
      >
        {status === 'copied' ? <CheckIcon /> : <LinkIcon />}
        {children ? <span>{status === 'copied' ? 'Copié' : children}</span> : null}
      </button>
      <CopyFeedback status={status} copiedMessage={copiedMessage} />
    </>
  );
}

function LinkIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className="size-3.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
    >
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
