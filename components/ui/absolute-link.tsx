'use client';

import { useSyncExternalStore } from 'react';
import { absoluteUrl } from '@/lib/routes';

const noSubscription = () => () => {};

/**
 * A link whose text is its absolute URL on the origin the agent uses (a printout or a note needs the whole
 * address). The server, which does not know that origin, writes the path; the browser completes it.
 */
export function AbsoluteLink({ path, className }: { path: string; className?: string }) {
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => '',
  );
  return (
    <a href={path} className={className}>
      {origin ? absoluteUrl(path, origin) : path}
    </a>
  );
}
