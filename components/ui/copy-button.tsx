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
  /** `link` for a link to a place of the portal, `copy` for a command or a value copied as it is. */
  icon?: 'link' | 'copy';
};

export function CopyButton({
  value,
  label,
  copiedMessage = 'Copié dans le presse-papiers',
  children,
  className,
  icon = 'link',
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
        {status === 'copied' ? <CheckIcon /> : icon === 'copy' ? <CopyIcon /> : <LinkIcon />}
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
      data-icon="link"
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

/** Two sheets, one over the other: the usual « copy » sign. */
export function CopyIcon() {
  return (
    <svg
      aria-hidden="true"
      data-icon="copy"
      viewBox="0 0 20 20"
      className="size-3.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
    >
      <rect x="7" y="7" width="10" height="10" rx="1.5" />
      <path d="M13 7V4.5A1.5 1.5 0 0 0 11.5 3h-7A1.5 1.5 0 0 0 3 4.5v7A1.5 1.5 0 0 0 4.5 13H7" strokeLinejoin="round" />
    </svg>
  );
}

function CheckIcon() {
  return (
    <svg
      aria-hidden="true"
      data-icon="check"
      viewBox="0 0 20 20"
      className="size-3.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <path d="m4 10.5 4 4 8-9" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
