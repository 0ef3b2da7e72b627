#!/usr/bin/env node
// npm run test:corpus: the importer proven on text nobody here wrote. Imports every article of
// fixtures/corpus/defender-for-identity-fr, builds the portal on it (CONTENT_DIR, same build checks), serves
// it on $PORT (default 3201) and checks each page: at least 98 % of the source's text units shown and every
// <a name> anchor an id. Prints the per-article figures and what the importer did not understand.
import fs from 'node:fs';
import path from 'node:path';
import { expandIncludes, sourceLines } from '../lib/import/includes.ts';
import { repositoryOf, sourceReader } from '../lib/import/source-tree.ts';
import { coverage } from '../test-support/seeds/coverage.ts';
import { htmlIds, htmlToText } from '../test-support/seeds/html-text.ts';
import { build, importCorpus, root, serve } from './corpus-server.mjs';

const PORT = Number(process.env.PORT ?? 3201);
const MIN_RATIO = 0.98;

const { into, result } = importCorpus();
console.log(`Import : ${result.outcomes.length} articles dans ${into}`);
if (build(into) !== 0) process.exit(1);
const server = await serve(into, PORT);

const rows = [];
try {
  for (const outcome of result.outcomes) {
    const response = await fetch(`http://localhost:${PORT}/articles/${outcome.slug}`);
    const html = await response.text();
    const raw = fs.readFileSync(outcome.source, 'utf8');
    // Units are counted on the source with its includes expanded: that is the text Learn shows.
    const source = outcome.source.endsWith('.yml')
      ? ''
      : expandIncludes(
          sourceLines(raw, outcome.source),
          sourceReader(repositoryOf(outcome.source).root, 'repository'),
          [],
        )
          .map((l) => l.text)
          .join('\n');
    const figures = coverage(source, htmlToText(html), htmlIds(html));
    rows.push({ slug: outcome.slug, status: response.status, notes: outcome.notes.length, ...figures });
  }
} finally {
  server.stop();
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
const failures = rows.filter((row) => row.status !== 200 || row.ratio < MIN_RATIO || row.missingAnchors.length > 0);
for (const row of failures) {
  console.log(`\n✗ ${row.slug}: HTTP ${row.status}, ${(row.ratio * 100).toFixed(1)} %`);
  for (const unit of row.missing.slice(0, 10)) console.log(`    unité absente : ${unit.slice(0, 160)}`);
  for (const anchor of row.missingAnchors) console.log(`    ancre absente : #${anchor}`);
}
const notes = result.outcomes.flatMap((o) => o.notes);
console.log(`\nNon compris ou signalé par l’importeur (${notes.length}) :`);
for (const note of notes) console.log(`  ${path.relative(root, note.file)}:${note.line}: ${note.construct}`);
for (const file of result.skipped) console.log(`  ${path.relative(root, file)}: pas un article, non importé`);
const units = rows.reduce((sum, row) => sum + row.units, 0);
const missing = rows.reduce((sum, row) => sum + row.missing.length, 0);
const anchors = rows.reduce((sum, row) => sum + row.anchors, 0);
console.log(
  `\n${rows.length} articles, ${units} unités de texte, ${(100 * (1 - missing / units)).toFixed(2)} % affichées, ${anchors - failures.reduce((s, r) => s + r.missingAnchors.length, 0)}/${anchors} ancres ; ${failures.length} en échec`,
);
fs.rmSync(into, { recursive: true, force: true });
process.exit(failures.length ? 1 : 0);
