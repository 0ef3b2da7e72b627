import Link from 'next/link';
import { Button } from '@/components/ui/button';
import type { Dashboard } from '@/lib/feedback/dashboard';
import { REPORT_KIND_LABELS, type ReportKind } from '@/lib/feedback/schemas';
import { formatFrenchDate } from '@/lib/format';
import { routes } from '@/lib/routes';
import { TREND_SERIES, TrendChart } from './trend-chart';

const dateTime = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});
const percent = (value: number | null) =>
  value === null ? '—' : value.toLocaleString('fr-FR', { style: 'percent', maximumFractionDigits: 0 });

const table = 'w-full border-collapse text-sm';
const th = 'border-b border-slate-300 px-2 py-1.5 text-left font-semibold dark:border-slate-600';
const td = 'border-b border-slate-200 px-2 py-1.5 align-top dark:border-slate-700';
const num = `${td} text-right tabular-nums`;
const link = 'text-blue-700 underline hover:text-blue-900 dark:text-blue-300 dark:hover:text-blue-200';

function SectionHeading({ id, title, csv }: { id: string; title: string; csv: string }) {
  return (
    <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      <a href={routes.teamCsv(csv)} className={`${link} text-sm`} download>
        Exporter en CSV<span className="sr-only"> : {title}</span>
      </a>
    </div>
  );
}

/** A table that scrolls sideways on a phone instead of widening the page. */
function Scroll({ children, label }: { children: React.ReactNode; label: string }) {
  return (
    // Focusable so that a keyboard can scroll it (axe: scrollable-region-focusable).
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

/** The lead's view: what agents could not find, what worked, what they reported, week by week. */
export function TeamDashboard({ data }: { data: Dashboard }) {
  const { totals } = data;
  const summary = [
    ['Recherches', totals.searches],
    ['Sans réponse sûre', totals.gaps],
    ['« Oui »', totals.oui],
    ['« Non »', totals.non],
    ['Signalements à traiter', data.openReports.length],
  ] as const;
  return (
    <div className="space-y-10">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {summary.map(([label, value]) => (
          <div key={label} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
            <dt className="text-xs text-slate-600 dark:text-slate-400">{label}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{value.toLocaleString('fr-FR')}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="lacunes">
        <SectionHeading id="lacunes" title="Recherches sans réponse sûre" csv="lacunes" />
        <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
          Regroupées par texte proche, les plus fréquentes d’abord : aucun résultat, un premier résultat seulement
          « Possible », ou aucun résultat ouvert. Les requêtes sont masquées avant stockage (adresses, hôtes,
          utilisateurs, tickets…).
        </p>
        {data.gaps.length === 0 ? (
          <p>Aucune recherche sans réponse sûre sur la période.</p>
        ) : (
          <Scroll label="Recherches sans réponse sûre">
            <table className={table}>
              <thead>
                <tr>
                  <th className={th}>Recherche</th>
                  <th className={`${th} text-right`}>Fois</th>
                  <th className={`${th} text-right`}>Sans résultat</th>
                  <th className={th}>Dernière fois</th>
                </tr>
              </thead>
              <tbody>
                {data.gaps.slice(0, 50).map((gap) => (
                  <tr key={gap.query}>
                    <td className={td}>
                      <span className="font-mono text-xs [overflow-wrap:anywhere]">{gap.query}</span>
                      {gap.variants.length ? (
                        <span className="mt-1 block text-xs [overflow-wrap:anywhere] text-slate-600 dark:text-slate-400">
                          Aussi&nbsp;: {gap.variants.map((variant) => `«\u00a0${variant}\u00a0»`).join(', ')}
                        </span>
                      ) : null}
                    </td>
                    <td className={num}>{gap.count}</td>
                    <td className={num}>{gap.noResult}</td>
                    <td className={td}>{dateTime.format(gap.lastSeen)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Scroll>
        )}
      </section>

      <section aria-labelledby="resolutions">
        <SectionHeading id="resolutions" title="Taux de résolution par section et ligne" csv="resolutions" />
        <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
          « Cette résolution a-t-elle réglé le ticket ? » : réponses « Oui » et « Non » (annulations retirées), et
          combien de fois la recherche y a mené. Les plus souvent « Non » d’abord.
        </p>
        {data.rates.length === 0 ? (
          <p>Aucune réponse ni ouverture sur la période.</p>
        ) : (
          <Scroll label="Taux de résolution">
            <table className={table}>
              <thead>
                <tr>
                  <th className={th}>Résolution</th>
                  <th className={`${th} text-right`}>Oui</th>
                  <th className={`${th} text-right`}>Non</th>
                  <th className={`${th} text-right`}>Taux</th>
                  <th className={`${th} text-right`}>Ouvertes</th>
                </tr>
              </thead>
              <tbody>
                {data.rates.slice(0, 100).map((row) => (
                  <tr key={row.target}>
                    <td className={td}>
                      <Link href={row.target} className={link}>
                        {row.label?.title ?? row.target}
                      </Link>
                      <span className="block text-xs text-slate-600 dark:text-slate-400">
                        {row.label ? [row.label.kind, ...row.label.breadcrumb].join(' › ') : row.target}
                      </span>
                    </td>
                    <td className={num}>{row.oui}</td>
                    <td className={num}>{row.non}</td>
                    <td className={num}>{percent(row.rate)}</td>
                    <td className={num}>{row.opened}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Scroll>
        )}
      </section>

      <section aria-labelledby="signalements">
        <SectionHeading id="signalements" title="Signalements à traiter" csv="signalements" />
        <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
          {data.handledReports.toLocaleString('fr-FR')} déjà traité{data.handledReports > 1 ? 's' : ''} sur la période.
        </p>
        {data.openReports.length === 0 ? (
          <p>Aucun signalement à traiter.</p>
        ) : (
          <ul className="space-y-3">
            {data.openReports.map((report) => (
              <li key={report.key} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
                <p className="flex flex-wrap gap-x-3 text-xs text-slate-600 dark:text-slate-400">
                  <span className="font-medium text-slate-800 dark:text-slate-200">
                    {REPORT_KIND_LABELS[report.kind as ReportKind] ?? report.kind}
                  </span>
                  <span>{dateTime.format(report.createdAt)}</span>
                  <Link href={report.target} className={link}>
                    {report.target}
                  </Link>
                </p>
                {/* The text is shown as text: React escapes it, nothing in a report is markup. */}
                <p className="mt-1 text-sm [overflow-wrap:anywhere] whitespace-pre-wrap" data-testid="report-text">
                  {report.body}
                </p>
                <form method="post" action={routes.teamReportStatus()} className="mt-2">
                  <input type="hidden" name="key" value={report.key} />
                  <input type="hidden" name="status" value="traite" />
                  <Button type="submit" size="xs">
                    Marquer comme traité
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="tendances">
        <SectionHeading id="tendances" title="Tendances par semaine" csv="tendances" />
        <TrendChart weeks={data.trends} />
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-medium">Les chiffres de chaque semaine</summary>
          <Scroll label="Tendances par semaine, en chiffres">
            <table className={`${table} mt-2`}>
              <thead>
                <tr>
                  <th className={th}>Semaine du</th>
                  {TREND_SERIES.map((s) => (
                    <th key={s.key} className={`${th} text-right`}>
                      {s.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.trends.map((week) => (
                  <tr key={week.week}>
                    <td className={td}>{formatFrenchDate(week.week)}</td>
                    {TREND_SERIES.map((s) => (
                      <td key={s.key} className={num}>
                        {week[s.key]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </Scroll>
        </details>
      </section>
    </div>
  );
}
