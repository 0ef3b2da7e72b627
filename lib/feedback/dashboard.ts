/**
 * What the lead's view shows, read from the store in one go: content gaps (grouped), resolution rates per
 * unit, reports to handle, weekly trends, over the retention period. Units are named by the search
 * documents (the one list of every section, row and wizard place) when the link is one of them.
 */
import { groupGaps, type GapGroup } from './gaps';
import { retentionCutoff } from './retention';
import type { FeedbackStore, ReportRow, TargetRate, WeekRow } from './store';

export const TREND_WEEKS = 12;

export type UnitLabel = { title: string; breadcrumb: readonly string[]; kind: string };
export type RateRow = TargetRate & { label?: UnitLabel; rate: number | null };
export type Dashboard = {
  since: Date;
  retentionDays: number;
  gaps: GapGroup[];
  rates: RateRow[];
  openReports: ReportRow[];
  handledReports: number;
  trends: WeekRow[];
  totals: { searches: number; gaps: number; oui: number; non: number };
};

/** Share of « Oui » among the answers, or null without answers. */
export function resolutionRate(oui: number, non: number): number | null {
  return oui + non === 0 ? null : oui / (oui + non);
}

export async function loadDashboard(
  store: FeedbackStore,
  options: { now: Date; retentionDays: number; labelOf: (target: string) => UnitLabel | undefined },
): Promise<Dashboard> {
  const since = retentionCutoff(options.now, options.retentionDays);
  const [gapRows, rates, openReports, allReports, trends] = await Promise.all([
    store.gapSearches(since),
    store.resolutionRates(since),
    store.reports('ouvert'),
    store.reports('tous', 10_000),
    store.weeklyTrends(TREND_WEEKS, options.now),
  ]);
  const sum = (pick: (row: WeekRow) => number) => trends.reduce((total, row) => total + pick(row), 0);
  return {
    since,
    retentionDays: options.retentionDays,
    gaps: groupGaps(gapRows),
    rates: rates.map((row) => ({ ...row, label: options.labelOf(row.target), rate: resolutionRate(row.oui, row.non) })),
    openReports,
    handledReports: allReports.filter((report) => report.status === 'traite').length,
    trends,
    totals: {
      searches: sum((row) => row.searches),
      gaps: sum((row) => row.gaps),
      oui: sum((row) => row.oui),
      non: sum((row) => row.non),
    },
  };
}
