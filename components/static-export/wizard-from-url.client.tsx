'use client';

import { useSearchParams } from 'next/navigation';
import type { ReactNode } from 'react';
import { searchParamsOf } from '@/lib/url-params';
import { parseWizardState, type WizardShape } from '@/lib/wizards/state';
import { routes } from '@/lib/routes';

/** Shows the place the URL names, parsed by the same rules as the server (bad parameters fall back). */
export function WizardPlaceFromUrl({ shape, places }: { shape: WizardShape; places: Record<string, ReactNode> }) {
  const state = parseWizardState(shape, searchParamsOf(useSearchParams()));
  return places[routes.wizardStep(shape, state)] ?? places[routes.wizardStep(shape, { kind: 'start' })];
}
