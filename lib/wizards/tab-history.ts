/**
 * The places of a wizard shown in this browser tab: what a ticket note may claim as done. A ticket link that
 * opens step 10 shows step 10 only; steps 1 to 9 were never shown here, so the note must not list them. Kept
 * in the tab's sessionStorage by the page (components/wizard/tab-history-recorder.tsx); pure here.
 */
import type { WizardState } from './state';

export type TabHistory = {
  /** The path the steps belong to (another answer starts a new list). */
  path: string | null;
  /** Whether the start (its text and the question) was shown. */
  start: boolean;
  /** Step numbers of `path` shown in this tab, ascending. */
  steps: number[];
};

export const EMPTY_TAB_HISTORY: TabHistory = { path: null, start: false, steps: [] };

export function tabHistoryKey(wizardId: string): string {
  return `portail:assistant:${wizardId}`;
}

/** The history once `state` has been shown. */
export function recordPlace(history: TabHistory, state: WizardState): TabHistory {
  if (state.kind === 'start') return { ...history, start: true };
  if (state.kind === 'outcome') return history;
  if (history.path !== state.path) return { path: state.path, start: history.start, steps: [state.step] };
  if (history.steps.includes(state.step)) return history;
  return { ...history, steps: [...history.steps, state.step].sort((a, b) => a - b) };
}

/** Reads what the tab kept; anything malformed is an empty history (never an error). */
export function parseTabHistory(raw: string | null): TabHistory {
  if (!raw) return EMPTY_TAB_HISTORY;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return EMPTY_TAB_HISTORY;
    const { path, start, steps } = value as Record<string, unknown>;
    return {
      path: typeof path === 'string' ? path : null,
      start: start === true,
      steps: Array.isArray(steps)
        ? [...new Set(steps.filter((n): n is number => Number.isInteger(n) && n > 0 && n <= 1000))].sort(
            (a, b) => a - b,
          )
        : [],
    };
  } catch {
    return EMPTY_TAB_HISTORY;
  }
}
