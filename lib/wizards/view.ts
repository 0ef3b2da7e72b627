import type { WizardDefinition, WizardStep } from './load';
import type { WizardState } from './state';

/** The answer that leads to a state (the branch chosen, or the outcome reached). */
export function answerFor(definition: WizardDefinition, state: WizardState): string | undefined {
  if (state.kind === 'start') return undefined;
  const answer = definition.question.answers.find((a) =>
    state.kind === 'step' ? 'path' in a && a.path === state.path : 'outcome' in a && a.outcome === state.outcome,
  );
  return answer?.label;
}

export function stepsOf(definition: WizardDefinition, state: WizardState): WizardStep[] {
  return state.kind === 'step' ? (definition.paths[state.path]?.steps ?? []) : [];
}
