'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Marks the element named by the URL's hash with `data-target`. CSS highlights `:target` already (and
 * works without JavaScript), but Chromium can drop `:target` while the router hydrates; this keeps the
 * deep link's row or section marked after hydration and after in-app navigations.
 */
export function TargetMarker() {
  const pathname = usePathname();
  useEffect(() => {
    function mark() {
      document.querySelectorAll('[data-target]').forEach((element) => element.removeAttribute('data-target'));
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (!id) return;
      document.getElementById(id)?.setAttribute('data-target', 'true');
    }
    mark();
    window.addEventListener('hashchange', mark);
    return () => window.removeEventListener('hashchange', mark);
  }, [pathname]);
  return null;
}
