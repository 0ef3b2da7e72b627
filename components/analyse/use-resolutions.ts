'use client';

import { useEffect, useState } from 'react';
import type { ResolutionMap } from '@/lib/analyse/resolutions';
import { routes } from '@/lib/routes';

let pending: Promise<ResolutionMap> | undefined;

/**
 * The resolution steps of every section and row (`/donnees/resolutions.json`), fetched once per page when
 * findings are shown, so that « Copier les résultats pour le ticket » copies at once (the clipboard needs the
 * click's own turn). Until it arrives, or if it cannot, the note carries titles and links only.
 */
export function useResolutions(enabled: boolean): ResolutionMap {
  const [resolutions, setResolutions] = useState<ResolutionMap>({});
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    pending ??= fetch(routes.resolutionsData())
      .then((response) => (response.ok ? (response.json() as Promise<ResolutionMap>) : {}))
      .catch(() => {
        pending = undefined;
        return {};
      });
    void pending.then((map) => {
      if (current) setResolutions(map);
    });
    return () => {
      current = false;
    };
  }, [enabled]);
  return resolutions;
}
