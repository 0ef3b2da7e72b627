import { cva, type VariantProps } from 'class-variance-authority';
import { cn } from '@/lib/utils';

/**
 * A short label beside a title: what a result is (« Section », « Ligne de table », « Étape »), how sure a
 * match is (`exact`, `probable`, `possible`), or a team note. Colours keep a 4.5:1 contrast in both themes.
 */
export const badgeClasses = cva('inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium', {
  variants: {
    tone: {
      neutral: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
      exact: 'bg-green-100 text-green-900 dark:bg-green-900/40 dark:text-green-200',
      probable: 'bg-blue-100 text-blue-900 dark:bg-blue-900/40 dark:text-blue-200',
      possible: 'bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200',
      team: 'bg-violet-100 text-violet-900 dark:bg-violet-900/40 dark:text-violet-200',
    },
  },
  defaultVariants: { tone: 'neutral' },
});

export type BadgeProps = React.HTMLAttributes<HTMLSpanElement> & VariantProps<typeof badgeClasses>;

export function Badge({ tone, className, ...props }: BadgeProps) {
  return <span className={cn(badgeClasses({ tone }), className)} {...props} />;
}
