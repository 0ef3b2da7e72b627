import type { SearchResult } from './types';
import { WEIGHTS } from './weights';

/**
 * How sure a result is, as the agent sees it: « Correspondance exacte » when the result was found by a code,
 * event id, status or case of the query (a lookup, not a guess); « Probable » when it covers most of the
 * query's words, each strongly; « Possible » otherwise. The thresholds (`WEIGHTS.tiers`) come from the score
 * distributions of the tuning set's answered and unanswerable questions; see docs/search.md.
 */
export type ResultTier = 'exact' | 'probable' | 'possible';

export const TIER_LABELS: Readonly<Record<ResultTier, string>> = {
  exact: 'Correspondance exacte',
  probable: 'Probable',
  possible: 'Possible',
};

/** What the tier is read from: a search result, or an analysis finding with the same fields. */
export type TierInput = Pick<SearchResult, 'code' | 'score' | 'evidence'>;

/** The confidence tier of one result; `first` says whether it is the first of its list. */
export function resultTier(result: TierInput, first: boolean): ResultTier {
  if (result.code && result.code.kind !== 'number') return 'exact';
  const { words, covered, lead } = result.evidence;
  const t = WEIGHTS.tiers;
  if (words === 0) return 'possible';
  // A result far below the first is a guess, however well it covers the query.
  if (!first && lead < t.probableShareOfFirst) return 'possible';
  const coverage = covered / words;
  const strength = result.score / words;
  return coverage >= t.probableCoverage && strength >= t.probableStrength ? 'probable' : 'possible';
}

/** The tiers of a ranked list, best first. */
export function resultTiers(results: readonly TierInput[]): ResultTier[] {
  return results.map((result, i) => resultTier(result, i === 0));
}

/** Whether a list holds an answer the agent can trust: nothing better than « Possible » means no sure answer. */
export function hasSureAnswer(tiers: readonly ResultTier[]): boolean {
  return tiers.some((tier) => tier !== 'possible');
}
