'use client';

import { useEffect, useState } from 'react';
import { copyToClipboard, type ClipboardPayload, type CopyResult } from '@/lib/clipboard';

export type CopyStatus = 'idle' | CopyResult;

/**
 * Copy state for a button: « copied » fades after a moment; a failure stays visible longer, since the
 * agent has to copy by hand.
 */
export function useCopy() {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const [key, setKey] = useState<string>();

  useEffect(() => {
    if (status === 'idle') return;
    const timer = window.setTimeout(() => setStatus('idle'), status === 'copied' ? 2500 : 8000);
    return () => window.clearTimeout(timer);
  }, [status, key]);

  async function copy(payload: ClipboardPayload | Promise<ClipboardPayload>, which = 'default') {
    setKey(which);
    setStatus(await copyToClipboard(payload));
  }

  return { status, which: status === 'idle' ? undefined : key, copy };
}
