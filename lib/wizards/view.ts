import type { WizardDefinition, WizardStep } from './load';
import { routes } from '@/lib/routes';
import type { WizardState } from './state';
import type { WizardSummaryInput } from './summary';

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

/** What the ticket summary says for a state. */
export function summaryInput(definition: WizardDefinition, state: WizardState): WizardSummaryInput {
  const answer = answerFor(definition, state);
  const steps = stepsOf(definition, state);
  let current = `${definition.start.title} (question : ${definition.question.text})`;
  if (state.kind === 'step') {
    const step = steps[state.step - 1];
    current = `Étape ${state.step} sur ${steps.length} : ${step?.title ?? ''}`;
  } else if (state.kind === 'outcome') {
    current = definition.outcomes[state.outcome]?.summary ?? '';
  }
  return {
    wizardTitle: definition.title,
    answers: answer ? [{ question: definition.question.text, answer }] : [],
    doneSteps:
      state.kind === 'step' ? steps.slice(0, state.step - 1).map(({ number, title }) => ({ number, title })) : [],
    current,
    resumePath: routes.wizardStep(definition.shape, state),
  };
}
