/**
 * Geometry of the weekly trend chart, rendered as plain SVG on the server (components/feedback/trend-chart):
 * one polyline per series over the weeks, a y axis with round ticks. Pure numbers, no DOM.
 */
export type Series = { name: string; values: readonly number[] };
export type ChartGeometry = {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  ticks: { value: number; y: number }[];
  xs: number[];
  lines: { name: string; points: string; dots: { x: number; y: number; value: number }[] }[];
};

/** A round step for about `count` ticks up to `max`: 1, 2, 5 × 10^n. */
export function niceStep(max: number, count = 4): number {
  if (max <= 0) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= raw) ?? 10 * power;
  return Math.max(1, step);
}

export function chartGeometry(series: readonly Series[], width = 640, height = 240): ChartGeometry {
  const plot = { left: 40, top: 12, right: width - 12, bottom: height - 28 };
  const weeks = Math.max(1, ...series.map((s) => s.values.length));
  const max = Math.max(0, ...series.flatMap((s) => s.values));
  const step = niceStep(max);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const y = (value: number) => plot.bottom - (value / top) * (plot.bottom - plot.top);
  const xs = Array.from({ length: weeks }, (_, i) =>
    weeks === 1 ? (plot.left + plot.right) / 2 : plot.left + (i * (plot.right - plot.left)) / (weeks - 1),
  );
  const round = (n: number) => Math.round(n * 10) / 10;
  const ticks = Array.from({ length: top / step + 1 }, (_, i) => ({ value: i * step, y: round(y(i * step)) }));
  const lines = series.map((s) => {
    const dots = s.values.map((value, i) => ({ x: round(xs[i] as number), y: round(y(value)), value }));
    return { name: s.name, points: dots.map((dot) => `${dot.x},${dot.y}`).join(' '), dots };
  });
  return { width, height, plot, ticks, xs: xs.map(round), lines };
}

/**
 * The rows from the first one that `active` accepts (all of them when none does): weeks before the store held
 * anything are not zeros but nothing yet, and drawn as zeros they turn a first week into a spike.
 */
export function fromFirstActive<T>(rows: readonly T[], active: (row: T) => boolean): readonly T[] {
  const first = rows.findIndex(active);
  return first < 0 ? rows : rows.slice(first);
}
