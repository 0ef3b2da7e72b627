import Link from 'next/link';
import { PRECISION_LABEL, type TeamPrecision } from '@/lib/wizards/precisions';

/**
 * « Précision de l’équipe »: values the article shows only in a screenshot, set apart from the article's text
 * (a note of its own, another colour, its label first) with why the team gives them and where they come from.
 */
export function TeamPrecisionNote({ precision }: { precision: TeamPrecision }) {
  return (
    <aside
      role="note"
      aria-label={PRECISION_LABEL}
      className="team-precision mt-4 rounded-md border-2 border-dashed border-teal-600 bg-teal-50 px-4 py-3 text-sm dark:border-teal-500 dark:bg-teal-950/40"
    >
      <p className="font-semibold text-teal-900 dark:text-teal-200">{PRECISION_LABEL}</p>
      <p className="text-xs text-teal-900 dark:text-teal-200">
        Pas le texte de Microsoft : ajouté par l’équipe du support.
      </p>
      <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        {precision.values.map(({ label, value }) => (
          <div key={label} className="contents">
            <dt className="text-slate-700 dark:text-slate-300">{label}</dt>
            <dd className="font-mono break-all text-slate-900 dark:text-slate-100">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{precision.basis}</p>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        Sources :{' '}
        {precision.sources.map((source, i) => (
          <span key={source.path}>
            {i ? ' ; ' : null}
            <Link href={source.path} className="text-blue-700 underline dark:text-blue-300">
              {source.label}
            </Link>
            {source.english ? (
              <span className="text-slate-600 dark:text-slate-400">
                {' '}
                (en anglais : « <span lang="en">{source.english}</span> »)
              </span>
            ) : null}
          </span>
        ))}
      </p>
    </aside>
  );
}
