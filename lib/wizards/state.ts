/**
 * Wizard URL state read back from the query (pure, shared by pages, links and tests); `routes.wizardStep`
 * writes it:
 * `/assistants/nic-teaming?cas=nouveau&etape=2`, `/assistants/mecm-nouveaux-appareils?etape=8`.
 * Bad parameters never fail: an unknown branch opens the start, a step out of range is clamped.
 */
import { OUTCOME_PARAM, STEP_PARAM, type WizardShape, type WizardState } from '@/lib/routes';
import { firstParam, type SearchParams } from '@/lib/url-params';

export type { WizardShape, WizardState } from '@/lib/routes';

/** `etape` as typed: a number clamped to [1, count]; anything else is step 1. */
export function clampStep(raw: string | undefined, count: number): number {
  const value = raw !== undefined && /^\s*-?\d+\s*$/.test(raw) ? Number.parseInt(raw, 10) : 1;
  return Math.min(Math.max(1, value), Math.max(1, count));
}

function singlePath(shape: WizardShape): string | undefined {
  return shape.branchParam === null ? Object.keys(shape.paths)[0] : undefined;
}

export function parseWizardState(shape: WizardShape, params: SearchParams): WizardState {
  const outcome = firstParam(params, OUTCOME_PARAM, 64);
  if (outcome && shape.outcomes.includes(outcome)) return { kind: 'outcome', outcome };
  const step = firstParam(params, STEP_PARAM, 16);
  const path = shape.branchParam === null ? singlePath(shape) : firstParam(params, shape.branchParam, 64);
  if (!path || !Object.hasOwn(shape.paths, path)) return { kind: 'start' };
  if (shape.branchParam === null && step === undefined) return { kind: 'start' };
  return { kind: 'step', path, step: clampStep(step, shape.paths[path] as number) };
}

/** Where « Précédent » and « Suivant » lead from a state (undefined: no such move). */
export function neighbours(shape: WizardShape, state: WizardState): { previous?: WizardState; next?: WizardState } {
  if (state.kind !== 'step') return state.kind === 'outcome' ? { previous: { kind: 'start' } } : {};
  const count = shape.paths[state.path] as number;
  return {
    previous: state.step > 1 ? { ...state, step: state.step - 1 } : { kind: 'start' },
    next: state.step < count ? { ...state, step: state.step + 1 } : undefined,
  };
}
