import Link from 'next/link';
import { routes } from '@/lib/routes';
import type { WizardShape, WizardState } from '@/lib/wizards/state';
import { cn } from '@/lib/utils';
import { buttonClasses } from '@/components/ui/button';

/** « ← Précédent » and « Suivant → », or the end of the procedure on the last step. */
export function WizardNav({
  shape,
  previous,
  next,
  lastStep,
}: {
  shape: WizardShape;
  previous?: WizardState | undefined;
  next?: WizardState | undefined;
  lastStep: boolean;
}) {
  return (
    <nav
      aria-label="Navigation de l’assistant"
      className="mt-4 flex flex-wrap items-center justify-between gap-3 print:hidden"
    >
      {previous ? (
        <Link
          href={routes.wizardStep(shape, previous)}
          className={cn(buttonClasses({ size: 'md' }), 'text-sm')}
          rel="prev"
        >
          ← Précédent
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link
          href={routes.wizardStep(shape, next)}
          className={cn(buttonClasses({ variant: 'primary', size: 'md' }), 'text-sm font-medium')}
          rel="next"
        >
          Suivant →
        </Link>
      ) : lastStep ? (
        <p className="font-medium text-emerald-700 dark:text-emerald-400">Dernière étape : procédure terminée.</p>
      ) : null}
    </nav>
  );
}
