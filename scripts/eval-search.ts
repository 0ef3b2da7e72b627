/**
 * Search quality on the real corpus (npm run eval:search): success@1, success@3 and MRR for our tuning
 * cases (e2e/search-cases.json), the frozen cases we never tune on (e2e/search-frozen.json) and the public
 * sample (e2e/search-sample.json), side by side, then every miss of the first three of the tuning cases
 * and the sample. The frozen set's cases are never listed (looking at them would be tuning on them):
 * only its figures, overall and per class. `--verbose` also lists the tuning cases found below rank 1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSearchData } from '../lib/search/documents';
import { createSearchIndex } from '../lib/search/engine';
import {
  evaluateCases,
  formatFigures,
  qualityFigures,
  type CaseOutcome,
  type SearchCase,
} from '../test-support/search-quality';

const SETS = [
  ['réglage (search-cases)', 'e2e/search-cases.json'],
  ['gelé (search-frozen)', 'e2e/search-frozen.json'],
  ['texte réel (search-real)', 'e2e/search-real.json'],
  ['échantillon public', 'e2e/search-sample.json'],
] as const;

const verbose = process.argv.includes('--verbose');
const data = buildSearchData();
const index = createSearchIndex(data.documents, { thesaurus: data.thesaurus });
const search = (query: string) => index.search(query, { limit: 10 }).map((result) => result.href);

const outcomes = new Map<string, CaseOutcome[]>();
for (const [label, file] of SETS) {
  const full = path.resolve(process.cwd(), file);
  if (!fs.existsSync(full)) continue;
  const all = (JSON.parse(fs.readFileSync(full, 'utf8')) as { cases: (SearchCase & { noAnswer?: boolean })[] }).cases;
  const cases = all.filter((c) => !c.noAnswer);
  outcomes.set(label, evaluateCases(cases, search));
}
for (const [label, list] of outcomes) console.log(formatFigures(label, qualityFigures(list)));

for (const [label, list] of outcomes) {
  if (label.startsWith('gelé') || label.startsWith('texte réel')) continue;
  for (const o of list) {
    if (o.rank !== undefined && o.rank <= 3 && !(verbose && o.rank > 1)) continue;
    console.log(
      `\n[${label}] rang ${o.rank ?? '—'} ${o.c.class ? `(${o.c.class}) ` : ''}${JSON.stringify(o.c.q.slice(0, 160))}`,
    );
    console.log(`  attendu ${o.c.expect.join(' | ')}`);
    console.log(`  obtenu  ${o.hrefs.slice(0, 4).join('  ')}`);
  }
}

for (const label of ['gelé (search-frozen)', 'texte réel (search-real)']) {
  const unseen = outcomes.get(label);
  if (!unseen) continue;
  console.log(`\nPar classe (${label}) :`);
  const classes = [...new Set(unseen.map((o) => o.c.class ?? '—'))];
  for (const name of classes)
    console.log(formatFigures(`  ${name}`, qualityFigures(unseen.filter((o) => (o.c.class ?? '—') === name))));
}
