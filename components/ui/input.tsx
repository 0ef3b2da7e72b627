import { cva, type VariantProps } from 'class-variance-authority';
import { cn } from '@/lib/utils';

/** Text fields and text areas: one look, `mono` for codes and logs, `compact` inside a toolbar. */
export const inputClasses = cva(
  'w-full rounded-md border border-slate-300 bg-white text-slate-900 placeholder:text-slate-500 focus:border-blue-600 focus:ring-2 focus:ring-blue-600/30 focus:outline-none dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400',
  {
    variants: {
      size: { lg: 'px-4 py-3 text-base', md: 'px-3 py-2 text-base', compact: 'px-3 py-1.5 text-sm' },
      font: { sans: '', mono: 'font-mono text-sm' },
    },
    defaultVariants: { size: 'md', font: 'sans' },
  },
);

export type InputProps = Omit<React.InputHTMLAttributes<HTMLInputElement>, 'size'> & VariantProps<typeof inputClasses>;

export function Input({ size, font, className, ...props }: InputProps) {
  return <input className={cn(inputClasses({ size, font }), className)} {...props} />;
}

export type TextAreaProps = React.TextareaHTMLAttributes<HTMLTextAreaElement> & VariantProps<typeof inputClasses>;

export function TextArea({ size, font, className, ...props }: TextAreaProps) {
  return <textarea className={cn(inputClasses({ size, font }), className)} {...props} />;
}
