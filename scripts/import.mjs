#!/usr/bin/env node
// npm run import -- <file.md|folder>… [--into <content dir>] [--slug <slug>] [--check] [--alias <old>=<id>]… [--report <file.json>]
// Imports Microsoft Learn (DocFX) articles into a content directory: the logic is in lib/import/ (run with tsx).
// Without sources, re-imports <content dir>/sources. Prints, per article, the section diff (by anchor) and
// what was not understood (file:line, construct); exits 1 when an article is refused or, with --check, when
// a source changed.
import fs from 'node:fs';
import path from 'node:path';
import { runImport } from '../lib/import/run.ts';

function parseArgs(argv) {
  const options = {
    sources: [],
    into: process.env.CONTENT_DIR || 'content',
    aliases: [],
    check: false,
    report: undefined,
    slug: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--into') options.into = argv[++i];
    else if (arg === '--slug') options.slug = argv[++i];
    else if (arg === '--report') options.report = argv[++i];
    else if (arg === '--check') options.check = true;
    else if (arg === '--alias') {
      const [anchor, target] = String(argv[++i]).split('=');
      options.aliases.push({ anchor, target });
    } else if (arg.startsWith('--')) {
      console.error(`option inconnue : ${arg}`);
      process.exit(2);
    } else options.sources.push(arg);
  }
  if (options.sources.length === 0) options.sources.push(path.join(options.into, 'sources'));
  return options;
}

const options = parseArgs(process.argv.slice(2));
const result = runImport({ ...options, into: path.resolve(options.into) });
const where = (file) => path.relative(process.cwd(), file);

for (const problem of result.problems) console.log(`✗ ${problem}`);
for (const outcome of result.outcomes) {
  console.log(`${outcome.status.padEnd(8)} ${outcome.slug}  ← ${where(outcome.source)}`);
  for (const line of outcome.diff) console.log(`    ${line}`);
  for (const problem of outcome.problems) console.log(`    ✗ ${problem}`);
}
const notes = result.outcomes.flatMap((o) => o.notes);
if (notes.length) {
  console.log(`\nNon compris (gardé visible) ou signalé : ${notes.length}`);
  for (const note of notes) console.log(`  ${where(note.file)}:${note.line}: ${note.construct}`);
}
for (const file of result.skipped) console.log(`ignoré (pas un article) : ${where(file)}`);
if (options.report) {
  const report = result.outcomes.map((o) => ({
    source: where(o.source),
    slug: o.slug,
    status: o.status,
    diff: o.diff,
    problems: o.problems,
    notes: o.notes.map((n) => ({ ...n, file: where(n.file) })),
  }));
  fs.writeFileSync(options.report, JSON.stringify({ problems: result.problems, articles: report }, null, 2) + '\n');
}
console.log(
  `\n${result.outcomes.length} article(s) ; ${result.ok ? 'OK' : options.check ? 'sources modifiées' : 'import refusé pour certains articles'}`,
);
process.exit(result.ok ? 0 : 1);
