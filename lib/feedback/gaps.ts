/**
 * The content gaps: searches with no sure answer, grouped by similar text so that the lead sees « the proxy
 * error with a code » once with its count, not forty times with forty timestamps. Words are folded (case,
 * accents), dates, times and redaction placeholders dropped, French and English filler words ignored; two
 * queries are alike when their word sets overlap enough (Jaccard). Pure.
 */
import { foldText } from '@/lib/text/fold';

/** Two queries whose word sets share at least this share (intersection over union) are one gap. */
export const SIMILARITY = 0.5;

const FILLER = new Set(
  (
    'le la les l de du des d un une et ou a au aux en pour par sur sous dans avec sans pas ne n est sont ce cet cette ' +
    'se s qui que qu il elle on je j me m mon ma mes son sa ses y plus tres the a an of to in on for is are and or not ' +
    'with at by be it this that from as erreur error'
  ).split(' '),
);

const NOISE = [
  /\[[^\]]*\]/g, // redaction placeholders
  /\b\d{4}-\d{2}-\d{2}(?:t[\d:.]+z?)?\b/g, // ISO dates
  /\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g, // French dates
  /\b\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\b/g, // times
];

/** The words a query is compared by. */
export function queryWords(query: string): Set<string> {
  let text = foldText(query);
  for (const pattern of NOISE) text = text.replace(pattern, ' ');
  const words = text.split(/[^a-z0-9x]+/).filter((word) => word.length > 1 && !FILLER.has(word));
  return new Set(words);
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

export type GapInput = { query: string; resultCount: number; createdAt: Date };
export type GapGroup = {
  /** The most frequent wording of the group. */
  query: string;
  count: number;
  /** How many of them found nothing at all. */
  noResult: number;
  /** Other wordings, most frequent first, then most recent (at most 3). */
  variants: string[];
  lastSeen: Date;
};

/** Groups gap searches by similar text, most frequent group first (then most recent). */
export function groupGaps(rows: readonly GapInput[]): GapGroup[] {
  // Identical texts first (counted), then the distinct texts joined into groups, most frequent first.
  const byText = new Map<string, { query: string; count: number; noResult: number; lastSeen: Date }>();
  for (const row of rows) {
    const text = row.query.trim().replace(/\s+/g, ' ');
    const entry = byText.get(text) ?? { query: text, count: 0, noResult: 0, lastSeen: row.createdAt };
    entry.count++;
    if (row.resultCount === 0) entry.noResult++;
    if (row.createdAt > entry.lastSeen) entry.lastSeen = row.createdAt;
    byText.set(text, entry);
  }
  const texts = [...byText.values()].sort((a, b) => b.count - a.count || b.lastSeen.getTime() - a.lastSeen.getTime());
  const groups: (GapGroup & { words: Set<string>; wordings: { query: string; count: number }[] })[] = [];
  for (const text of texts) {
    const words = queryWords(text.query);
    const group = groups.find((candidate) => jaccard(candidate.words, words) >= SIMILARITY);
    if (group) {
      group.count += text.count;
      group.noResult += text.noResult;
      group.wordings.push({ query: text.query, count: text.count });
      if (text.lastSeen > group.lastSeen) group.lastSeen = text.lastSeen;
    } else {
      groups.push({ ...text, variants: [], words, wordings: [{ query: text.query, count: text.count }] });
    }
  }
  return groups
    .map((group) => ({
      query: group.query,
      count: group.count,
      noResult: group.noResult,
      lastSeen: group.lastSeen,
      variants: group.wordings.slice(1, 4).map((wording) => wording.query),
    }))
    .sort((a, b) => b.count - a.count || b.lastSeen.getTime() - a.lastSeen.getTime());
}
