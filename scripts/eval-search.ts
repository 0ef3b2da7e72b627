/**
 * Search quality on the real corpus (npm run eval:search): success@1, success@3 and MRR for our tuning
 * cases (e2e/search-cases.json), the frozen cases we never tune on (e2e/search-frozen.json) and the public
 * sample (e2e/search-sample.json), side by side, then every miss of the first three of the tuning cases,
 * the real-text cases (e2e/search-real.json, studied by class since 2026-11-30) and the sample. The frozen
 * set's cases are never listed (looking at them would be tuning on them): only its figures, overall and per
 * class. `--verbose` also lists the tuning cases found below rank 1.
 * Confidence (`resultTier`): for the answerable cases, how often the first result is marked sure (« Correspondance
 * exacte » or « Probable ») and how often it is marked sure while wrong; for the no-answer cases, how many the
 * portal shows as « Aucune résolution sûre » (nothing better than « Possible », or no result); and where the tiers'
 * thresholds come from (the tuning set's first results: the no-answer cases' highest coverage and score per word).
 * Documents that rank for everything: each document's places in the first three, and those for a case it does
 * not answer, with the totals over all documents and over the ten worst (docs/search.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSearchData } from '../lib/search/documents';
import { createSearchIndex } from '../lib/search/engine';
import { hasSureAnswer, resultTiers } from '../lib/search/tier';
import { WEIGHTS } from '../lib/search/weights';
import {
  answerRank,
  evaluateCases,
  formatConfidence,
  formatFigures,
  qualityFigures,
  type CaseOutcome,
  type SearchCase,
} from '../test-support/search-quality';

const SETS = [
  ['réglage (search-cases)', 'e2e/search-cases.json'],
  ['gelé (search-frozen)', 'e2e/search-frozen.json'],
  ['texte réel (search-real)', 'e2e/search-real.json'],
  ['texte réel 2 (search-real-2)', 'e2e/search-real-2.json'],
  ['échantillon public', 'e2e/search-sample.json'],
] as const;

/** Sets whose cases are never listed, only their figures (listing them would be tuning on them). */
const HELD_OUT: readonly string[] = ['gelé (search-frozen)', 'texte réel 2 (search-real-2)'];
const verbose = process.argv.includes('--verbose');
const data = buildSearchData();
const index = createSearchIndex(data.documents, { thesaurus: data.thesaurus });
const search = (query: string) => index.search(query, { limit: 10 }).map((result) => result.href);
const tiersOf = (query: string) => resultTiers(index.search(query, { limit: 10 }));

const outcomes = new Map<string, CaseOutcome[]>();
const confidence: string[] = [];
/** The tiers' evidence of first results (coverage, score per query word), read on the tuning set only. */
const evidence = { answered: [] as [number, number][], noAnswer: [] as [number, number][] };
const firstEvidence = (query: string): [number, number] | undefined => {
  const first = index.search(query, { limit: 10 })[0];
  if (!first || (first.code?.kind && first.code.kind !== 'number')) return undefined;
  const { words, covered } = first.evidence;
  return words ? [covered / words, first.score / words] : undefined;
};
for (const [label, file] of SETS) {
  const full = path.resolve(process.cwd(), file);
  if (!fs.existsSync(full)) continue;
  const all = (JSON.parse(fs.readFileSync(full, 'utf8')) as { cases: (SearchCase & { noAnswer?: boolean })[] }).cases;
  const cases = all.filter((c) => !c.noAnswer);
  const evaluated = evaluateCases(cases, search);
  outcomes.set(label, evaluated);
  const firstTiers = evaluated.map((o) => tiersOf(o.c.q)[0]);
  const noAnswer = all.filter((c) => c.noAnswer);
  if (file === 'e2e/search-cases.json') {
    for (const o of evaluated) if (o.rank === 1) evidence.answered.push(...[firstEvidence(o.c.q)].filter((e) => !!e));
    for (const c of noAnswer) evidence.noAnswer.push(...[firstEvidence(c.q)].filter((e) => !!e));
  }
  confidence.push(
    formatConfidence(label, {
      answerable: evaluated.length,
      firstSure: firstTiers.filter((tier) => tier === 'exact' || tier === 'probable').length,
      firstSureWrong: evaluated.filter((o, i) => o.rank !== 1 && firstTiers[i] !== 'possible' && firstTiers[i]).length,
      noAnswer: noAnswer.length,
      noAnswerNotSure: noAnswer.filter((c) => !hasSureAnswer(tiersOf(c.q))).length,
    }),
  );
}
for (const [label, list] of outcomes) console.log(formatFigures(label, qualityFigures(list)));

// Documents that rank for everything: how often each one is in the first three over every set's cases, and
// how often it is there for a case it does not answer (the count that matters for damping).
const inTop3 = new Map<string, { all: number; wrong: number }>();
for (const list of outcomes.values())
  for (const o of list)
    for (const href of o.hrefs.slice(0, 3)) {
      const count = inTop3.get(href) ?? { all: 0, wrong: 0 };
      count.all++;
      if (answerRank(o.c, [href]) === undefined) count.wrong++;
      inTop3.set(href, count);
    }
const total = [...outcomes.values()].reduce((sum, list) => sum + list.length, 0);
console.log(`\nLes plus présents dans les 3 premiers (${total} cas ; dont pour un cas qu’ils ne résolvent pas) :`);
for (const [href, count] of [...inTop3].sort((a, b) => b[1].wrong - a[1].wrong).slice(0, 8))
  console.log(`  ${String(count.all).padStart(4)}  ${String(count.wrong).padStart(4)}  ${href}`);
const wrongPlaces = [...inTop3.values()].reduce((sum, count) => sum + count.wrong, 0);
const worst = [...inTop3.values()].map((count) => count.wrong).sort((a, b) => b - a);
console.log(
  `  places pour un cas qu’ils ne résolvent pas : tous documents ${wrongPlaces}, les 10 pires ${worst.slice(0, 10).reduce((sum, n) => sum + n, 0)}`,
);
// Where the tiers' thresholds come from (WEIGHTS.tiers): the evidence of the tuning set's first results, those
// found by text (a code lookup is « Correspondance exacte » whatever its words).
if (evidence.noAnswer.length) {
  const max = (list: [number, number][], i: 0 | 1) => Math.max(...list.map((e) => e[i]));
  const t = WEIGHTS.tiers;
  const passing = evidence.answered.filter(([c, s]) => c >= t.probableCoverage && s >= t.probableStrength).length;
  console.log(
    `\nTiers (réglage, 1ers résultats trouvés par le texte) : sans réponse, couverture max ${max(evidence.noAnswer, 0).toFixed(2)}, score par mot max ${max(evidence.noAnswer, 1).toFixed(2)} ; bien classés ${evidence.answered.length}, dont ${passing} au-dessus des deux seuils (${t.probableCoverage}, ${t.probableStrength})`,
  );
}
console.log('\nConfiance (resultTier) :');
for (const line of confidence) console.log(line);

for (const [label, list] of outcomes) {
  // Held-out sets are never listed; the real-text set is studied since its first engine changes (docs/search.md).
  if (HELD_OUT.includes(label)) continue;
  for (const o of list) {
    if (o.rank !== undefined && o.rank <= 3 && !(verbose && o.rank > 1)) continue;
    console.log(
      `\n[${label}] rang ${o.rank ?? '—'} ${o.c.class ? `(${o.c.class}) ` : ''}${JSON.stringify(o.c.q.slice(0, 160))}`,
    );
    console.log(`  attendu ${o.c.expect.join(' | ')}`);
    console.log(`  obtenu  ${o.hrefs.slice(0, 4).join('  ')}`);
  }
}

for (const label of [...HELD_OUT, 'texte réel (search-real)']) {
  const unseen = outcomes.get(label);
  if (!unseen) continue;
  console.log(`\nPar classe (${label}) :`);
  const classes = [...new Set(unseen.map((o) => o.c.class ?? '—'))];
  for (const name of classes)
    console.log(formatFigures(`  ${name}`, qualityFigures(unseen.filter((o) => (o.c.class ?? '—') === name))));
}
