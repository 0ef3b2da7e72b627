import { cva, type VariantProps } from 'class-variance-authority';
import { cn } from '@/lib/utils';

/**
 * The portal's buttons, one set of classes with variants: `primary` for the one action of a form
 * (« Analyser », « Décoder »), `secondary` for the others, `tool` for the small controls beside a unit
 * (« Lien », « Copier pour le ticket », « Imprimer »). A link styled as a button takes `buttonClasses`.
 */
export const buttonClasses = cva(
  'inline-flex items-center gap-1 rounded-md font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:cursor-not-allowed disabled:opacity-60',
  {
    variants: {
      variant: {
        primary: 'bg-blue-700 font-semibold text-white hover:bg-blue-800',
        secondary:
          'border border-slate-300 text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800',
        tool: 'border border-slate-300 text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:border-slate-600 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white print:hidden',
      },
      size: {
        xs: 'px-1.5 py-0.5 text-xs',
        sm: 'px-3 py-1.5 text-sm',
        md: 'px-4 py-2',
      },
    },
    defaultVariants: { variant: 'secondary', size: 'sm' },
  },
);

export type ButtonProps = React.ButtonHTMLAttributes<HTMLButtonElement> & VariantProps<typeof buttonClasses>;

export function Button({ variant, size, className, type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={cn(buttonClasses({ variant, size }), className)} {...props} />;
}
