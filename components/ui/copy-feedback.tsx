import { COPY_FAILED_MESSAGE } from '@/lib/clipboard';
import type { CopyStatus } from './use-copy';

/** What a copy control says: a polite announcement once copied, a visible French message when it fails. */
export function CopyFeedback({ status, copiedMessage }: { status: CopyStatus; copiedMessage: string }) {
  return (
    <>
      <span role="status" aria-live="polite" className="sr-only">
        {status === 'copied' ? copiedMessage : ''}
      </span>
      {status === 'failed' ? (
        <span
          role="alert"
          className="copy-failed basis-full text-xs font-medium text-red-700 dark:text-red-300"
          data-testid="copy-failed"
        >
          {COPY_FAILED_MESSAGE}
        </span>
      ) : null}
    </>
  );
}
