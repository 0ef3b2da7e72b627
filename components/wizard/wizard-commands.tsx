import { CopyButton } from '@/components/ui/copy-button';

/** The commands of a step, each with its « Copier » button. */
export function WizardCommands({ commands }: { commands: readonly string[] }) {
  if (!commands.length) return null;
  return (
    <ul className="mt-4 space-y-2" aria-label="Commandes de l’étape">
      {commands.map((command) => (
        <li key={command} className="flex flex-wrap items-center gap-2">
          <code className="rounded bg-slate-100 px-2 py-1 font-mono text-sm dark:bg-slate-800">{command}</code>
          <CopyButton
            value={command}
            label={`Copier la commande ${command}`}
            copiedMessage="Commande copiée"
            icon="copy"
          >
            Copier
          </CopyButton>
        </li>
      ))}
    </ul>
  );
}
