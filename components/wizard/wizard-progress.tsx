import type { WizardStep } from '@/lib/wizards/load';

/** « Étape 3 sur 4 », the path and the phase, and a bar. */
export function WizardProgress({
  step,
  count,
  pathLabel,
}: {
  step: WizardStep;
  count: number;
  pathLabel?: string | undefined;
}) {
  return (
    <div aria-label="Progression" className="space-y-2 print:hidden">
      <p className="flex flex-wrap gap-x-3 text-sm text-slate-700 dark:text-slate-300">
        <span className="font-semibold">
          Étape {step.number} sur {count}
        </span>
        {pathLabel ? <span>Chemin : {pathLabel}</span> : null}
        {step.phase ? <span>Phase : {step.phase}</span> : null}
      </p>
      <div className="h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800" aria-hidden="true">
        <div className="h-full rounded-full bg-blue-600" style={{ width: `${(step.number / count) * 100}%` }} />
      </div>
    </div>
  );
}
