'use client';

import { useEffect } from 'react';
import { parseTabHistory, recordPlace, tabHistoryKey } from '@/lib/wizards/tab-history';
import type { WizardState } from '@/lib/wizards/state';

/** Notes in this tab's storage that this place of the wizard was shown (what the ticket note may claim). */
export function TabHistoryRecorder({ wizardId, state }: { wizardId: string; state: WizardState }) {
  const key = JSON.stringify(state);
  useEffect(() => {
    const storageKey = tabHistoryKey(wizardId);
    try {
      const history = parseTabHistory(sessionStorage.getItem(storageKey));
      sessionStorage.setItem(storageKey, JSON.stringify(recordPlace(history, JSON.parse(key) as WizardState)));
    } catch {
      // Storage refused (private browsing): the note then claims only the current place.
    }
  }, [wizardId, key]);
  return null;
}
