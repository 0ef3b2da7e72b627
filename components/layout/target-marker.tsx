'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { highlightRememberedTerms } from '@/components/search/search-highlight';
import { focusLanding } from './focus-target';

/**
 * Marks the element named by the URL's hash with `data-target`. CSS highlights `:target` already (and
 * works without JavaScript), but Chromium can drop `:target` while the router hydrates; this keeps the
 * deep link's row or section marked after hydration and after in-app navigations, and highlights there
 * the words of the search result the agent opened. After an in-app navigation (not on first load), focus
 * moves to the destination (./focus-target.ts).
 */
export function TargetMarker() {
  const pathname = usePathname();
  const firstLoad = useRef(true);
  useEffect(() => {
    function mark() {
      document.querySelectorAll('[data-target]').forEach((element) => element.removeAttribute('data-target'));
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (!id) return;
      const target = document.getElementById(id);
      if (!target) return;
      target.setAttribute('data-target', 'true');
      highlightRememberedTerms(target, `${window.location.pathname}#${id}`);
    }
    mark();
    if (!firstLoad.current) focusLanding();
    firstLoad.current = false;
    window.addEventListener('hashchange', mark);
    return () => window.removeEventListener('hashchange', mark);
  }, [pathname]);
  return null;
}
