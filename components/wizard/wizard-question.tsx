import Link from 'next/link';
import { routes } from '@/lib/routes';
import type { WizardDefinition } from '@/lib/wizards/load';
import type { WizardState } from '@/lib/wizards/state';
import { buttonClasses } from '@/components/ui/button';
import { cn } from '@/lib/utils';

/** The wizard's question with one link per answer (a path's first step or an outcome). */
export function WizardQuestion({ definition }: { definition: WizardDefinition }) {
  return (
    <fieldset className="mt-5">
      <legend className="font-semibold">{definition.question.text}</legend>
      <div className="mt-3 flex flex-wrap gap-3">
        {definition.question.answers.map((answer) => {
          const target: WizardState =
            'path' in answer
              ? { kind: 'step', path: answer.path, step: 1 }
              : { kind: 'outcome', outcome: answer.outcome };
          return (
            <Link
              key={answer.label}
              href={routes.wizardStep(definition.shape, target)}
              className={cn(buttonClasses({ variant: 'primary', size: 'md' }), 'text-sm font-medium')}
              data-testid="wizard-answer"
            >
              {answer.label}
            </Link>
          );
        })}
      </div>
    </fieldset>
  );
}
