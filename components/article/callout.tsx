import { CALLOUT_LABELS, type CalloutType } from '@/lib/callouts';
import { cn } from '@/lib/utils';

const CALLOUT_STYLES: Readonly<Record<CalloutType, string>> = {
  note: 'border-blue-500 bg-blue-50 dark:bg-blue-950/40',
  tip: 'border-emerald-600 bg-emerald-50 dark:bg-emerald-950/40',
  important: 'border-violet-600 bg-violet-50 dark:bg-violet-950/40',
  warning: 'border-amber-500 bg-amber-50 dark:bg-amber-950/40',
  caution: 'border-red-600 bg-red-50 dark:bg-red-950/40',
};

/** DocFX `> [!NOTE]`, `[!IMPORTANT]`, `[!TIP]`… */
export function Callout({ type, children }: { type: CalloutType; children?: React.ReactNode }) {
  const kind: CalloutType = Object.hasOwn(CALLOUT_LABELS, type) ? type : 'note';
  const label = CALLOUT_LABELS[kind];
  return (
    <aside
      role="note"
      aria-label={label}
      className={cn('callout my-5 rounded-r-md border-l-4 px-4 py-1', CALLOUT_STYLES[kind])}
    >
      <p className="mb-0 text-sm font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-200">{label}</p>
      <div className="[&>*:first-child]:mt-1 [&>*:last-child]:mb-2">{children}</div>
    </aside>
  );
}
