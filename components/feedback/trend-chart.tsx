import { chartGeometry } from '@/lib/feedback/chart';
import type { WeekRow } from '@/lib/feedback/store';
import { formatFrenchDate } from '@/lib/format';

/** The series drawn, each with its colour (light and dark) and a dash so that colour is never the only cue. */
const SERIES = [
  { key: 'searches', name: 'Recherches', stroke: 'stroke-slate-500 dark:stroke-slate-300', dash: undefined },
  { key: 'gaps', name: 'Sans réponse sûre', stroke: 'stroke-amber-600 dark:stroke-amber-400', dash: '6 3' },
  { key: 'oui', name: '« Oui »', stroke: 'stroke-emerald-700 dark:stroke-emerald-400', dash: undefined },
  { key: 'non', name: '« Non »', stroke: 'stroke-red-700 dark:stroke-red-400', dash: '2 3' },
  { key: 'reports', name: 'Signalements', stroke: 'stroke-blue-700 dark:stroke-blue-400', dash: '8 3 2 3' },
] as const;

const shortDate = (week: string) => formatFrenchDate(week).replace(/ \d{4}$/, '');

/** Weekly trends as SVG rendered on the server; the same figures follow as a table for screen readers. */
export function TrendChart({ weeks }: { weeks: readonly WeekRow[] }) {
  const chart = chartGeometry(SERIES.map((s) => ({ name: s.name, values: weeks.map((week) => week[s.key]) })));
  return (
    <figure>
      <svg
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        className="h-auto w-full max-w-3xl text-slate-600 dark:text-slate-300"
        role="img"
        aria-labelledby="tendances-titre"
      >
        <title id="tendances-titre">
          {`Par semaine, du ${shortDate(weeks[0]?.week ?? '')} au ${shortDate(weeks.at(-1)?.week ?? '')} : recherches, recherches sans réponse sûre, réponses « Oui » et « Non », signalements (détail dans le tableau qui suit).`}
        </title>
        {chart.ticks.map((tick) => (
          <g key={tick.value}>
            <line
              x1={chart.plot.left}
              x2={chart.plot.right}
              y1={tick.y}
              y2={tick.y}
              className="stroke-slate-200 dark:stroke-slate-700"
            />
            <text x={chart.plot.left - 6} y={tick.y + 4} textAnchor="end" fontSize="11" fill="currentColor">
              {tick.value}
            </text>
          </g>
        ))}
        {chart.xs.map((x, i) =>
          i % 2 === 0 || chart.xs.length <= 6 ? (
            <text key={x} x={x} y={chart.height - 8} textAnchor="middle" fontSize="11" fill="currentColor">
              {shortDate(weeks[i]?.week ?? '')}
            </text>
          ) : null,
        )}
        {chart.lines.map((line, i) => (
          <polyline
            key={line.name}
            points={line.points}
            fill="none"
            strokeWidth="2"
            strokeDasharray={SERIES[i]?.dash}
            className={SERIES[i]?.stroke}
          />
        ))}
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {SERIES.map((s) => (
          <span key={s.key} className="inline-flex items-center gap-1.5">
            <svg aria-hidden="true" width="24" height="8">
              <line x1="0" x2="24" y1="4" y2="4" strokeWidth="2" strokeDasharray={s.dash} className={s.stroke} />
            </svg>
            {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

export const TREND_SERIES = SERIES;
