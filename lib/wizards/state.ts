/**
 * Wizard URL state, parsed and serialized in one place (pure, shared by pages, links and tests):
 * `/assistants/nic-teaming?cas=nouveau&etape=2`, `/assistants/mecm-nouveaux-appareils?etape=8`.
 * Bad parameters never fail: an unknown branch opens the start, a step out of range is clamped.
 */
export type WizardShape = {
  id: string;
  /** The parameter naming the branch (`cas`), or null when the wizard has a single path. */
  branchParam: string | null;
  /** Step count of each path. */
  paths: Readonly<Record<string, number>>;
  outcomes: readonly string[];
};

export type WizardState =
  { kind: 'start' } | { kind: 'step'; path: string; step: number } | { kind: 'outcome'; outcome: string };

import { firstParam, type SearchParams } from '@/lib/url-params';

export const STEP_PARAM = 'etape';
export const OUTCOME_PARAM = 'resultat';

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

export function wizardHref(shape: WizardShape, state: WizardState): string {
  const base = `/assistants/${shape.id}`;
  if (state.kind === 'start') return base;
  if (state.kind === 'outcome') return `${base}?${OUTCOME_PARAM}=${encodeURIComponent(state.outcome)}`;
  const branch = shape.branchParam ? `${shape.branchParam}=${encodeURIComponent(state.path)}&` : '';
  return `${base}?${branch}${STEP_PARAM}=${state.step}`;
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
