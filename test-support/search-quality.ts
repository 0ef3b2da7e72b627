/**
 * Search quality figures for a set of cases: success@1, success@3 (one of the first results' links
 * matches one of the case's patterns) and MRR over the first 10. Pure: the caller runs the search.
 */
export type SearchCase = { q: string; expect: string[]; class?: string };
export type CaseOutcome = { c: SearchCase; rank: number | undefined; hrefs: string[] };
export type QualityFigures = { cases: number; at1: number; at3: number; mrr: number };

/** 1-based rank of the first link that answers the case, within `hrefs`. */
export function answerRank(c: SearchCase, hrefs: readonly string[]): number | undefined {
  const patterns = c.expect.map((pattern) => new RegExp(pattern));
  const index = hrefs.findIndex((href) => patterns.some((pattern) => pattern.test(href)));
  return index < 0 ? undefined : index + 1;
}

export function evaluateCases(cases: readonly SearchCase[], search: (query: string) => string[]): CaseOutcome[] {
  return cases.map((c) => {
    const hrefs = search(c.q);
    return { c, rank: answerRank(c, hrefs), hrefs };
  });
}

export function qualityFigures(outcomes: readonly CaseOutcome[]): QualityFigures {
  const n = Math.max(1, outcomes.length);
  const count = (test: (rank: number) => boolean) =>
    outcomes.filter((o) => o.rank !== undefined && test(o.rank)).length;
  const mrr = outcomes.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / n;
  return { cases: outcomes.length, at1: count((r) => r === 1) / n, at3: count((r) => r <= 3) / n, mrr };
}

export function formatFigures(label: string, f: QualityFigures): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  return `${label.padEnd(26)} ${String(f.cases).padStart(4)} cas   succès@1 ${pct(f.at1).padStart(7)}   succès@3 ${pct(f.at3).padStart(7)}   MRR ${f.mrr.toFixed(3)}`;
}
