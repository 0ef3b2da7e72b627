import { routes, type WizardShape, type WizardState } from '@/lib/routes';

/**
 * Every place of a wizard, each with the URL that names it: the start, every step of every path, every
 * outcome. The static export renders them all into the wizard's one file, and the browser shows the one
 * the URL's `?cas=&etape=` names (parsed by the same `parseWizardState` as the server).
 */
export function allWizardStates(shape: WizardShape): { href: string; state: WizardState }[] {
  const states: WizardState[] = [
    { kind: 'start' },
    ...Object.entries(shape.paths).flatMap(([path, count]) =>
      Array.from({ length: count }, (_, index): WizardState => ({ kind: 'step', path, step: index + 1 })),
    ),
    ...shape.outcomes.map((outcome): WizardState => ({ kind: 'outcome', outcome })),
  ];
  return states.map((state) => ({ href: routes.wizardStep(shape, state), state }));
}
