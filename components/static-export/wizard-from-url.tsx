import { Suspense } from 'react';
import { WizardView } from '@/components/wizard/wizard-view';
import { allWizardStates } from '@/lib/wizards/all-states';
import type { WizardDefinition } from '@/lib/wizards/load';
import type { WizardState } from '@/lib/wizards/state';
import { WizardPlaceFromUrl } from './wizard-from-url.client';

/**
 * A wizard in the static export: its one file holds every place (start, steps, outcomes) rendered by the same
 * `WizardView` as under next start, and the browser shows the one the URL's `?cas=&etape=` names. Without
 * JavaScript the start is shown.
 */
export function WizardFromUrl({ definition }: { definition: WizardDefinition }) {
  // No key: React keeps the view's client parts across places as a server render under next start does, so
  // focus still moves to the new step's heading (StepFocus) when the agent goes on.
  const places = Object.fromEntries(
    allWizardStates(definition.shape).map(({ href, state }) => [href, placeView(definition, state)]),
  );
  return (
    <Suspense fallback={<WizardView definition={definition} state={{ kind: 'start' }} />}>
      <WizardPlaceFromUrl shape={definition.shape} places={places} />
    </Suspense>
  );
}

function placeView(definition: WizardDefinition, state: WizardState) {
  return <WizardView definition={definition} state={state} />;
}
