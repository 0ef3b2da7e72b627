import { normalizeForComparison, seedAnchors, seedTextUnits } from './text-units';

export type Coverage = { units: number; missing: string[]; ratio: number; anchors: number; missingAnchors: string[] };

/**
 * How much of a source a rendered page shows: the share of its text units found in the page's text, and
 * its `<a name>` / `<span id>` anchors missing from the page's ids. `source` has its includes expanded.
 */
export function coverage(source: string, shownText: string, ids: ReadonlySet<string>): Coverage {
  const shown = normalizeForComparison(shownText);
  const units = seedTextUnits(source);
  const missing = units.filter((unit) => !shown.includes(normalizeForComparison(unit)));
  const anchors = seedAnchors(source);
  return {
    units: units.length,
    missing,
    ratio: units.length === 0 ? 1 : 1 - missing.length / units.length,
    anchors: anchors.length,
    missingAnchors: anchors.filter((anchor) => !ids.has(anchor)),
  };
}
