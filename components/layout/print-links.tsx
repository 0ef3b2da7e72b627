'use client';

import { useEffect } from 'react';
import { annotatePrintLinks } from '@/components/ui/print-unit';

/** Before any print (Ctrl+P, « Imprimer le parcours »), links get their URL shown on paper. */
export function PrintLinks() {
  useEffect(() => {
    window.addEventListener('beforeprint', annotatePrintLinks);
    return () => window.removeEventListener('beforeprint', annotatePrintLinks);
  }, []);
  return null;
}
