import { cn } from '@/lib/utils';

const CALLOUTS = {
  note: { label: 'Remarque', className: 'border-blue-500 bg-blue-50 dark:bg-blue-950/40' },
  tip: { label: 'Conseil', className: 'border-emerald-600 bg-emerald-50 dark:bg-emerald-950/40' },
  important: { label: 'Important', className: 'border-violet-600 bg-violet-50 dark:bg-violet-950/40' },
  warning: { label: 'Avertissement', className: 'border-amber-500 bg-amber-50 dark:bg-amber-950/40' },
  caution: { label: 'Attention', className: 'border-red-600 bg-red-50 dark:bg-red-950/40' },
} as const;

export type CalloutType = keyof typeof CALLOUTS;

/** DocFX `> [!NOTE]`, `[!IMPORTANT]`, `[!TIP]`… */
export function Callout({ type, children }: { type: CalloutType; children?: React.ReactNode }) {
  const callout = CALLOUTS[type] ?? CALLOUTS.note;
  return (
    <aside role="note" aria-label={callout.label} className={cn('callout my-5 rounded-r-md border-l-4 px-4 py-1', callout.className)}>
      <p className="mb-0 text-sm font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-200">{callout.label}</p>
      <div className="[&>*:first-child]:mt-1 [&>*:last-child]:mb-2">{children}</div>
    </aside>
  );
}
