// Shared by test:corpus and bench:corpus: import the corpus fixture into a content directory, build the
// portal on it (CONTENT_DIR) and serve it on $PORT. Runs under `node --import tsx` (lib/import is TypeScript).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expandIncludes, sourceLines } from '../lib/import/includes.ts';
import { runImport } from '../lib/import/run.ts';
import { listSources, repositoryOf, sourceReader } from '../lib/import/source-tree.ts';
import { coverage } from '../test-support/seeds/coverage.ts';
import { htmlIds, htmlToText } from '../test-support/seeds/html-text.ts';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
/** The real corpora CI imports: all of Defender for Identity, and a sample of Intune (`sampleCorpus`). */
export const CORPORA = [
  path.join(root, 'fixtures/corpus/defender-for-identity-fr'),
  path.join(root, 'fixtures/corpus/intune-fr'),
];

/**
 * Imports the corpora into one fresh temporary content directory; fails on any refused article unless
 * `allowRefused` (the bench counts them instead).
 */
export function importCorpus(sources = CORPORA, { allowRefused = false } = {}) {
  const into = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-content-'));
  const result = runImport({ sources, into });
  if (!result.ok && !allowRefused)
    throw new Error(
      `import refusé : ${result.outcomes
        .filter((o) => o.status !== 'importé')
        .map((o) => `${o.slug} (${o.problems.join('; ')})`)
        .join(', ')}`,
    );
  return { into, result };
}

/** `npm run build` on a content directory; returns the exit status. */
export function build(contentDir, { force = false } = {}) {
  const args = ['scripts/build-if-stale.mjs', ...(force ? ['--force'] : [])];
  return spawnSync('node', args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1' },
  }).status;
}

/** The portal's server (scripts/server.mjs) on `port` with that content directory; resolves once it answers. */
export async function serve(contentDir, port) {
  // Another server on the port would answer in its place, with another build: refuse to measure it.
  const occupied = await fetch(`http://localhost:${port}/`).then(
    () => true,
    () => false,
  );
  if (occupied) throw new Error(`le port ${port} est déjà occupé : arrêter ce serveur ou choisir PORT`);
  const server = spawn(process.execPath, ['scripts/server.mjs'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1', PORT: String(port) },
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://localhost:${port}/`)).ok) return { stop };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error(`le serveur ne répond pas sur le port ${port}`);
}

/** A 32-bit error code in hex (`0x87D1FDE8`): the enrollment error tables a helpdesk looks up. */
const HEX_CODE = /\b0x8[0-9a-f]{7}\b/i;

/**
 * Copies a bounded, representative sample of a Learn repository into `dest`, by rule (never by hand): every
 * file that is not an article (redirections, licence, docfx.json, tables of contents, includes, templates:
 * what the importer must skip or read), then, per docset, the articles DocFX publishes (lib/import/docfx.ts),
 * sorted by path, taken at a fixed stride so that about `perDocset` remain, plus every article that holds a
 * hex error code. Returns the sampled articles, relative to `source`.
 */
export function sampleCorpus(source, dest, perDocset = 6) {
  const { articles } = listSources([source]);
  const byDocset = new Map();
  for (const { file } of articles) {
    const docset = path.relative(source, file).split(path.sep)[0];
    byDocset.set(docset, [...(byDocset.get(docset) ?? []), file]);
  }
  const chosen = new Set();
  for (const files of byDocset.values()) {
    const sorted = [...files].sort();
    const stride = Math.max(1, Math.ceil(sorted.length / perDocset));
    sorted.forEach((file, i) => {
      if (i % stride === 0 || HEX_CODE.test(fs.readFileSync(file, 'utf8'))) chosen.add(file);
    });
  }
  const isArticle = new Set(articles.map((a) => a.file));
  const copy = (from) => {
    const to = path.join(dest, path.relative(source, from));
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(from, to);
  };
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!isArticle.has(full) || chosen.has(full)) copy(full);
    }
  };
  walk(source);
  return [...chosen].map((file) => path.relative(source, file)).sort();
}

/**
 * Each imported article's page on the portal at `port`, against its source (includes expanded: the text
 * Learn shows): HTTP status, text units shown, anchors present. `corpus` is the corpus folder it came from.
 */
export async function measurePages(outcomes, port, corpora = CORPORA) {
  const rows = [];
  for (const outcome of outcomes.filter((o) => o.status === 'importé')) {
    const response = await fetch(`http://localhost:${port}/articles/${outcome.slug}`);
    const html = await response.text();
    const raw = fs.readFileSync(outcome.source, 'utf8');
    const repository = repositoryOf(outcome.source);
    const source = outcome.source.endsWith('.yml')
      ? ''
      : expandIncludes(
          sourceLines(raw, outcome.source),
          sourceReader(repository?.root ?? path.dirname(outcome.source), repository ? 'repository' : 'folder'),
          [],
        )
          .map((l) => l.text)
          .join('\n');
    const figures = coverage(source, htmlToText(html), htmlIds(html));
    const corpus = corpora.find((dir) => outcome.source.startsWith(`${dir}${path.sep}`)) ?? '';
    rows.push({ slug: outcome.slug, corpus, status: response.status, notes: outcome.notes.length, ...figures });
  }
  return rows;
}

/** Units shown and anchors present over a set of measured pages, in per cent. */
export function coverageTotals(rows) {
  const units = rows.reduce((sum, row) => sum + row.units, 0);
  const missing = rows.reduce((sum, row) => sum + row.missing.length, 0);
  const anchors = rows.reduce((sum, row) => sum + row.anchors, 0);
  const lost = rows.reduce((sum, row) => sum + row.missingAnchors.length, 0);
  return {
    articles: rows.length,
    units,
    unitsShown: units ? (100 * (units - missing)) / units : 100,
    anchors,
    anchorsPresent: anchors - lost,
    anchorsShown: anchors ? (100 * (anchors - lost)) / anchors : 100,
  };
}
