import { chartGeometry, fromFirstActive } from '@/lib/feedback/chart';
import type { WeekRow } from '@/lib/feedback/store';
import { formatFrenchDate } from '@/lib/format';

/** The series drawn, each with its colour (light and dark) and a dash so that colour is never the only cue. */
const SERIES = [
  { key: 'searches', name: 'Recherches', stroke: 'stroke-slate-500 dark:stroke-slate-300', dash: undefined },
  { key: 'gaps', name: 'Sans réponse sûre', stroke: 'stroke-amber-600 dark:stroke-amber-400', dash: '6 3' },
  { key: 'oui', name: '«\u00a0Oui\u00a0»', stroke: 'stroke-emerald-700 dark:stroke-emerald-400', dash: undefined },
  { key: 'non', name: '«\u00a0Non\u00a0»', stroke: 'stroke-red-700 dark:stroke-red-400', dash: '2 3' },
  { key: 'reports', name: 'Signalements', stroke: 'stroke-blue-700 dark:stroke-blue-400', dash: '8 3 2 3' },
] as const;

const shortDate = (week: string) => formatFrenchDate(week).replace(/ \d{4}$/, '');

/** About how many viewBox units a week label (« 28 septembre » at 11 units) needs, with its margin. */
const LABEL_UNITS = 76;

/** One drawing of the chart at one width (a phone gets a narrower one, so that its text stays legible). */
function ChartSvg({
  weeks,
  width,
  height,
  id,
  className,
}: {
  weeks: readonly WeekRow[];
  width: number;
  height: number;
  id: string;
  className: string;
}) {
  const chart = chartGeometry(
    SERIES.map((s) => ({ name: s.name, values: weeks.map((week) => week[s.key]) })),
    width,
    height,
  );
  // Every nth week is labelled, n from the room a label needs (the last week always, right-aligned).
  const every = Math.max(1, Math.ceil((chart.xs.length * LABEL_UNITS) / (chart.plot.right - chart.plot.left)));
  const last = chart.xs.length - 1;
  return (
    <svg
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      className={`h-auto w-full text-slate-600 dark:text-slate-300 ${className}`}
      role="img"
      aria-labelledby={id}
    >
      <title id={id}>
        {`Par semaine, du ${shortDate(weeks[0]?.week ?? '')} au ${shortDate(weeks.at(-1)?.week ?? '')} (semaine en cours) : recherches, recherches sans réponse sûre, réponses « Oui » et « Non », signalements (détail dans le tableau qui suit).`}
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
        i === last || (i % every === 0 && last - i >= every) ? (
          <text
            key={x}
            x={i === last && last > 0 ? chart.plot.right : x}
            y={chart.height - 8}
            textAnchor={i === last && last > 0 ? 'end' : 'middle'}
            fontSize="11"
            fill="currentColor"
          >
            {shortDate(weeks[i]?.week ?? '')}
          </text>
        ) : null,
      )}
      {chart.lines.map((line, i) => (
        <g key={line.name} className={SERIES[i]?.stroke}>
          <polyline points={line.points} fill="none" strokeWidth="2" strokeDasharray={SERIES[i]?.dash} />
          {/* A dot per week: a lone week (or the first) is visible, and each figure sits on its week. */}
          {line.dots.map((dot) => (
            <circle
              key={dot.x}
              cx={dot.x}
              cy={dot.y}
              r="2.5"
              className="fill-white dark:fill-slate-950"
              strokeWidth="1.5"
            />
          ))}
        </g>
      ))}
    </svg>
  );
}

/** Weekly trends as SVG rendered on the server; the same figures follow as a table for screen readers. */
export function TrendChart({ weeks: allWeeks }: { weeks: readonly WeekRow[] }) {
  const weeks = fromFirstActive(allWeeks, (week) => SERIES.some((s) => week[s.key] > 0));
  return (
    <figure className="max-w-3xl">
      {/* Two drawings, one shown: 640 units scaled to a phone made 11-unit text about 6 px high. */}
      <ChartSvg weeks={weeks} width={640} height={240} id="tendances-titre" className="hidden sm:block" />
      <ChartSvg weeks={weeks} width={360} height={220} id="tendances-titre-telephone" className="sm:hidden" />
      <figcaption className="mt-2 text-sm">
        <span className="flex flex-wrap gap-x-4 gap-y-1">
          {SERIES.map((s) => (
            <span key={s.key} className="inline-flex items-center gap-1.5">
              <svg aria-hidden="true" width="24" height="8">
                <line x1="0" x2="24" y1="4" y2="4" strokeWidth="2" strokeDasharray={s.dash} className={s.stroke} />
              </svg>
              {s.name}
            </span>
          ))}
        </span>
        <span className="mt-1 block text-slate-600 dark:text-slate-400">
          La dernière semaine est en cours : ses chiffres montent jusqu’à dimanche.
        </span>
      </figcaption>
    </figure>
  );
}

export const TREND_SERIES = SERIES;
