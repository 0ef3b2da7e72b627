#!/usr/bin/env node
// npm run test:corpus: the importer proven on text nobody here wrote. Imports every article of
// fixtures/corpus/defender-for-identity-fr and the Intune sample of fixtures/corpus/intune-fr (four docsets,
// chosen by rule: scripts/corpus-server.mjs sampleCorpus) into one content directory, builds the portal on
// it (CONTENT_DIR, same build checks), serves it on $PORT (default 3201) and checks each page: at least 98 %
// of the source's text units shown, every <a name> anchor an id, and its « Source » link on its docset's
// Learn URL base. Prints the per-article figures, per corpus, and what the importer did not understand.
import fs from 'node:fs';
import path from 'node:path';
import { splitFrontMatter } from '../lib/front-matter.ts';
import { build, CORPORA, coverageTotals, importCorpus, measurePages, root, serve } from './corpus-server.mjs';

const PORT = Number(process.env.PORT ?? 3201);
const MIN_RATIO = 0.98;

/**
 * Where each docset folder of the corpora is published on Learn: facts of the repositories (their
 * redirections and Learn itself), written here independently of the importer so that a wrong guess shows.
 */
const LEARN_BASES = {
  ATPDocs: 'defender-for-identity',
  intune: 'intune',
  'intune-classic': 'intune-classic',
  'intune-user-help': 'intune-user-help',
};

/** Whether an imported article's Learn link is its source's Learn address (docset base, path, lower case). */
function learnLinkMatches(outcome, corpus, into) {
  const [docset, ...rest] = path.relative(corpus, outcome.source).split(path.sep);
  const base = LEARN_BASES[docset];
  const mdx = fs.readFileSync(path.join(into, 'articles', `${outcome.slug}.mdx`), 'utf8');
  const { learnUrl } = splitFrontMatter(mdx, outcome.slug).data;
  const expected =
    `https://learn.microsoft.com/fr-fr/${base}/${rest.join('/').replace(/\.(md|yml)$/, '')}`.toLowerCase();
  return base !== undefined && learnUrl === expected;
}

const { into, result } = importCorpus();
console.log(`Import : ${result.outcomes.length} articles dans ${into}`);
if (build(into) !== 0) process.exit(1);
const server = await serve(into, PORT);

let rows;
try {
  rows = await measurePages(result.outcomes, PORT);
} finally {
  server.stop();
}
for (const row of rows) {
  row.learnLink = learnLinkMatches(
    result.outcomes.find((o) => o.slug === row.slug),
    row.corpus,
    into,
  );
  row.corpus = path.basename(row.corpus);
}

const pad = (value, width) => String(value).padStart(width);
console.log(
  `\n${'article'.padEnd(44)} ${pad('HTTP', 4)} ${pad('unités', 6)} ${pad('vues', 7)} ${pad('ancres', 7)} ${pad('notes', 5)}`,
);
for (const row of rows) {
  const anchors = `${row.anchors - row.missingAnchors.length}/${row.anchors}`;
  console.log(
    `${row.slug.padEnd(44)} ${pad(row.status, 4)} ${pad(row.units, 6)} ${pad((row.ratio * 100).toFixed(1) + ' %', 7)} ${pad(anchors, 7)} ${pad(row.notes, 5)}`,
  );
}
const failures = rows.filter(
  (row) => row.status !== 200 || row.ratio < MIN_RATIO || row.missingAnchors.length > 0 || !row.learnLink,
);
for (const row of failures) {
  console.log(
    `\n✗ ${row.slug}: HTTP ${row.status}, ${(row.ratio * 100).toFixed(1)} %${row.learnLink ? '' : ', lien Learn faux'}`,
  );
  for (const unit of row.missing.slice(0, 10)) console.log(`    unité absente : ${unit.slice(0, 160)}`);
  for (const anchor of row.missingAnchors) console.log(`    ancre absente : #${anchor}`);
}
const notes = result.outcomes.flatMap((o) => o.notes);
console.log(`\nNon compris ou signalé par l’importeur (${notes.length}) :`);
for (const note of notes) console.log(`  ${path.relative(root, note.file)}:${note.line}: ${note.construct}`);
for (const { file, reason } of result.skipped) console.log(`  ${path.relative(root, file)} : non importé (${reason})`);
/** The figures of a set of rows: articles, text units shown, anchors present, Learn links right. */
function summary(set) {
  const t = coverageTotals(set);
  const links = set.filter((row) => row.learnLink).length;
  return (
    `${t.articles} articles, ${t.units} unités de texte, ${t.unitsShown.toFixed(2)} % affichées, ` +
    `${t.anchorsPresent}/${t.anchors} ancres (${t.anchorsShown.toFixed(2)} %), liens Learn justes ${links}/${set.length}`
  );
}
console.log('');
for (const corpus of CORPORA.map((dir) => path.basename(dir)))
  console.log(`${corpus} : ${summary(rows.filter((row) => row.corpus === corpus))}`);
console.log(`Total : ${summary(rows)} ; ${failures.length} en échec`);
fs.rmSync(into, { recursive: true, force: true });
process.exit(failures.length ? 1 : 0);
