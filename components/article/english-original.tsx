/**
 * 004 doubles every French sentence with its English original. The portal shows the French text and
 * keeps the English one here, folded: agents often receive the English message from the customer.
 */
export function EnglishOriginal({ heading, children }: { heading: string; children?: React.ReactNode }) {
  return (
    <details className="english-original not-prose my-3 rounded-md border border-slate-200 px-3 py-1 text-sm dark:border-slate-700">
      <summary className="cursor-pointer py-1 font-medium text-slate-700 dark:text-slate-200">
        Texte d’origine en anglais
      </summary>
      <div lang="en" className="space-y-2 pb-2 text-slate-700 dark:text-slate-300">
        <p className="font-semibold">{heading}</p>
        {children}
      </div>
    </details>
  );
}
