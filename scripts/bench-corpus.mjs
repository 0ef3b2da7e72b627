#!/usr/bin/env node
// npm run bench:corpus [-- [--articles <n>] <source folder>…]: the scale run. Imports the Learn repositories
// given on the command line (default: the corpus fixtures, fixtures/corpus/*) into a temporary content
// directory (import time, articles imported and refused), replicates them to n articles if `--articles n` (or
// ARTICLES=n) is given (default: none when folders are given, else 500), builds the portal on it (CONTENT_DIR)
// and serves it on $PORT (default 3201), then prints: text units shown and anchors present on the imported
// pages against their sources, build time by phase and peak memory (sum of the build's processes: Next's
// workers included), search data size (/donnees/recherche.json, raw, gzip, and the bytes the server sends
// with `Accept-Encoding: gzip`), what the first search downloads, keystroke → results p50/p95 in Chromium
// (scripts/bench-keystroke.mjs), article page weight, the size of the prerendered pages, and last a summary
// table. Prints numbers; asserts nothing. Leaves .next built for that content directory (npm start rebuilds).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { coreSize } from '../lib/search/split-data.ts';
import { coverageTotals, importCorpus, measurePages, root, serve } from './corpus-server.mjs';

const { values: options, positionals } = parseArgs({
  options: { articles: { type: 'string' } },
  allowPositionals: true,
});
const SOURCES = positionals.map((source) => path.resolve(source));
const TARGET = Number(options.articles ?? process.env.ARTICLES ?? (SOURCES.length ? 0 : 500));
if (!Number.isInteger(TARGET) || TARGET < 0)
  throw new Error(`--articles : un nombre entier attendu, pas « ${options.articles} »`);
const PORT = Number(process.env.PORT ?? 3201);
const base = `http://localhost:${PORT}`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Copies the imported articles under new slugs (`copie-<n>-<slug>`, title marked) up to `target` articles.
 * The copies of an article sort far from it (all the n-th copies together), as distinct articles would: gzip
 * (a 32 KB window) cannot shrink the search data by finding a copy next to its original.
 */
function replicate(contentDir, target) {
  const dir = path.join(contentDir, 'articles');
  const originals = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  for (let n = 2, i = 0; originals.length * (n - 1) + i < target; i++) {
    if (i === originals.length) [n, i] = [n + 1, 0];
    const name = originals[i];
    const text = fs
      .readFileSync(path.join(dir, name), 'utf8')
      .replace(/^title: "(.*)"$/m, (_, title) => `title: "${title} (copie ${n})"`);
    fs.writeFileSync(path.join(dir, `copie-${n}-${name}`), text);
  }
  return fs.readdirSync(dir).length;
}

/** Where the build is when a line of its output appears: its first appearance, in seconds from the start. */
const BUILD_PHASES = [
  ['contenu vérifié', /^Contenu vérifié/m],
  ['compilé', /Compiled successfully/],
  ['TypeScript fini', /Finished TypeScript/],
  ['données des pages', /Collecting page data/],
  ['pages statiques commencées', /Generating static pages[^\n]*\(0\//],
  ['pages statiques finies', /Generating static pages[^\n]*\((\d+)\/\1\)/],
];

/**
 * Runs the build in its own session (`detached`: setsid), sampling the total resident memory of the session's
 * processes every 500 ms: `next build` and the workers it forks (they stay in the session). Notes when each
 * phase's line appears (BUILD_PHASES).
 */
async function measuredBuild(contentDir) {
  const started = Date.now();
  const child = spawn('node', ['scripts/build-if-stale.mjs', '--force'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1' },
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const phases = new Map();
  child.stdout.on('data', (chunk) => {
    output += chunk;
    process.stdout.write(chunk);
    for (const [name, pattern] of BUILD_PHASES)
      if (!phases.has(name) && pattern.test(output)) phases.set(name, (Date.now() - started) / 1000);
  });
  let peak = 0;
  const sampler = setInterval(() => {
    const ps = spawnSync('ps', ['-o', 'rss=', '-g', String(child.pid)], { encoding: 'utf8' });
    peak = Math.max(
      peak,
      ps.stdout.split('\n').reduce((sum, line) => sum + (Number(line.trim()) || 0), 0),
    );
  }, 500);
  const status = await new Promise((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  if (status !== 0) throw new Error('build en échec');
  const phase = (pattern) => pattern.exec(output)?.[1];
  return {
    seconds: (Date.now() - started) / 1000,
    phases,
    peakMb: peak / 1024,
    compile: phase(/Compiled successfully in ([\d.]+\s*m?s)/),
    typescript: phase(/Finished TypeScript in ([\d.]+\s*m?s)/),
    pages: phase(/Generating static pages[^\n]*\((\d+\/\d+)\) in/),
    pagesTime: phase(/Generating static pages[^\n]*in ([\d.]+\s*(?:min|m?s))/),
  };
}

/** Bytes the page received over the network (Resource Timing `transferSize`) for resources started after `since` ms. */
function transferredSince(page, since) {
  return page.evaluate((from) => {
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].filter(
      (e) => e.startTime >= from,
    );
    return { bytes: entries.reduce((sum, e) => sum + e.transferSize, 0), count: entries.length };
  }, since);
}

/** The bytes the server sends for `url` to a client that accepts gzip (its body as sent, and its encoding). */
function servedBytes(url) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'Accept-Encoding': 'gzip' } }, (response) => {
        let bytes = 0;
        response.on('data', (chunk) => (bytes += chunk.length));
        response.on('end', () => resolve({ bytes, encoding: response.headers['content-encoding'] ?? 'aucun' }));
      })
      .on('error', reject);
  });
}

/** Bytes of the files under `dir` whose name ends with one of `suffixes` (all files without). */
function sizeOf(dir, suffixes) {
  if (!fs.existsSync(dir)) return { bytes: 0, files: 0 };
  let bytes = 0;
  let files = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || (suffixes && !suffixes.some((suffix) => entry.name.endsWith(suffix)))) continue;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

const importStart = Date.now();
const { into, result } = importCorpus(SOURCES.length ? SOURCES : undefined, { allowRefused: true });
const refused = result.outcomes.filter((o) => o.status !== 'importé');
const importSeconds = (Date.now() - importStart) / 1000;
console.log(
  `Import : ${result.outcomes.length - refused.length} articles importés, ${refused.length} refusés, ` +
    `${result.skipped.length} fichiers non publiés ignorés, en ${importSeconds.toFixed(0)} s`,
);
for (const outcome of refused) console.log(`  ✗ ${outcome.problems.join(' ; ')}`);
const count = replicate(into, TARGET);
console.log(`${count} articles dans ${into}`);
const built = await measuredBuild(into);
const server = await serve(into, PORT);
try {
  const pages = coverageTotals(await measurePages(result.outcomes, PORT, SOURCES.length ? SOURCES : undefined));
  console.log(
    `Pages importées : ${pages.articles} articles, ${pages.unitsShown.toFixed(2)} % des ${pages.units} unités de texte ` +
      `affichées, ${pages.anchorsPresent}/${pages.anchors} ancres (${pages.anchorsShown.toFixed(2)} %)`,
  );
  const json = Buffer.from(await (await fetch(`${base}/donnees/recherche.json`)).arrayBuffer());
  const served = await servedBytes(`${base}/donnees/recherche.json`);
  const data = JSON.parse(json.toString('utf8'));
  // Documents in the first file; all of them: the text parts hold every document's text (none for a small corpus).
  const firstDocuments = coreSize(data);
  let documents = data.parts ? 0 : firstDocuments;
  // What the first file is made of (its columns for a large corpus), and the text parts that follow it.
  const gzipOf = (value) => zlib.gzipSync(JSON.stringify(value)).length;
  const fields = Object.entries(data.columns ?? { documents: data.documents, thesaurus: data.thesaurus }).map(
    ([name, value]) => `${name} ${kb(gzipOf(value))}`,
  );
  let partsGzip = 0;
  for (let part = 1; part <= data.parts; part++) {
    const body = Buffer.from(await (await fetch(`${base}/donnees/recherche-texte/${part}.json`)).arrayBuffer());
    partsGzip += zlib.gzipSync(body).length;
    documents += JSON.parse(body.toString('utf8')).texts.length;
  }

  // The server builds its search index on the first /recherche request: time it cold, then warm.
  const timed = async (url) => {
    const start = performance.now();
    await (await fetch(url)).text();
    return (performance.now() - start) / 1000;
  };
  const searchCold = await timed(`${base}/recherche?q=capteur`);
  const searchWarm = await timed(`${base}/recherche?q=contr%C3%B4leur`);

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const articles = fs
    .readdirSync(path.join(into, 'articles'))
    .map((name) => ({ name, size: fs.statSync(path.join(into, 'articles', name)).size }));
  const largest = articles.sort((a, b) => b.size - a.size)[0].name.replace(/\.mdx$/, '');
  await page.goto(`${base}/articles/${largest}`, { waitUntil: 'networkidle' });
  const loaded = await transferredSince(page, 0);
  const htmlBytes = await page.evaluate(() => performance.getEntriesByType('navigation')[0].transferSize);
  // The search worker's downloads are not in the page's resource timing: count what the network delivered.
  let counting = false;
  const searchBytes = { bytes: 0, count: 0 };
  page.on('requestfinished', async (request) => {
    if (!counting) return;
    const sizes = await request.sizes().catch(() => undefined);
    searchBytes.count++;
    searchBytes.bytes += (sizes?.responseBodySize ?? 0) + (sizes?.responseHeadersSize ?? 0);
  });
  counting = true;
  // A heavy page may still be hydrating after network idle: focus again until the box reacts.
  const box = page.getByRole('banner').getByRole('combobox').first();
  for (let attempt = 1; ; attempt++) {
    const request = page
      .waitForRequest((r) => r.url().includes('/donnees/recherche.json'), { timeout: 3000 })
      .catch(() => undefined);
    await box.focus();
    if (await request) break;
    if (attempt === 20) throw new Error('le champ de recherche ne charge pas les données');
    await box.blur();
  }
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const search = searchBytes;
  await browser.close();

  console.log(
    `\nÉchelle : ${count} articles (${documents} documents de recherche, ${firstDocuments} dans le premier fichier)`,
  );
  console.log(
    `  build : ${built.seconds.toFixed(0)} s (compilation ${built.compile}, TypeScript ${built.typescript}, ${built.pages} pages statiques en ${built.pagesTime}), pic mémoire ${built.peakMb.toFixed(0)} Mo`,
  );
  console.log(
    `  premier fichier de recherche : ${kb(json.length)} brut, ${kb(zlib.gzipSync(json).length)} gzip (${fields.join(', ')})`,
  );
  console.log(`  parties de texte qui suivent : ${data.parts}, ${kb(partsGzip)} gzip`);
  console.log(`  première recherche (focus du champ) : ${kb(search.bytes)} transférés (${search.count} requêtes)`);
  console.log(
    `  page d’article la plus lourde (${largest}) : HTML ${kb(htmlBytes)}, total ${kb(loaded.bytes)} transférés (${loaded.count} requêtes)`,
  );
  console.log(
    `  /recherche côté serveur : premier appel ${searchCold.toFixed(1)} s (index construit), suivant ${searchWarm.toFixed(2)} s`,
  );
  console.log(
    `  premier fichier tel que servi (Accept-Encoding: gzip) : ${kb(served.bytes)} (encodage ${served.encoding})`,
  );
  // What a static export would hold, without building one: the prerendered pages and Next's static files.
  const prerendered = sizeOf(path.join(root, '.next/server/app'), ['.html', '.rsc', '.body', '.md']);
  const assets = sizeOf(path.join(root, '.next/static'));
  console.log(
    `  pages préconstruites : ${(prerendered.bytes / 1024 / 1024).toFixed(1)} Mo (${prerendered.files} fichiers .html, .rsc, .body, .md de .next/server/app), ` +
      `fichiers statiques ${(assets.bytes / 1024 / 1024).toFixed(1)} Mo (.next/static)`,
  );
  // Keystrokes in the results page's box, then in the site header's (BENCH_BOX=entete).
  const p95s = [];
  for (const box of ['recherche', 'entete']) {
    console.log(`\nFrappe dans la boîte ${box === 'entete' ? 'de l’en-tête' : 'de /recherche'} :`);
    const keystroke = spawnSync('node', ['scripts/bench-keystroke.mjs'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      env: {
        ...process.env,
        BASE_URL: base,
        BENCH_BOX: box,
        BENCH_QUERIES:
          process.env.BENCH_QUERIES ??
          'capteur ne parvient pas à énumérer les journaux|erreur d’échec de communication du capteur|gmsa|npcap winpcap|contrôleur de domaine 4776',
      },
    });
    process.stdout.write(keystroke.stdout ?? '');
    // Whatever measures the keystroke bench prints (« <what> : p50 … ms, p95 … ms, … »), their p95.
    for (const [, what, ms] of (keystroke.stdout ?? '').matchAll(/^\s*(.+?)\s*:.*?p95 ([\d.]+) ms/gm))
      p95s.push([`${box} : ${what}, p95`, `${ms} ms`]);
  }
  const phase = (name) => (built.phases.has(name) ? `${built.phases.get(name).toFixed(0)} s` : '?');
  const rows = [
    ['articles (documents de recherche ; dans le premier fichier)', `${count} (${documents} ; ${firstDocuments})`],
    ['import', `${importSeconds.toFixed(0)} s (${result.outcomes.length - refused.length} articles importés)`],
    ['build (mur)', `${built.seconds.toFixed(0)} s`],
    [
      '  dont, depuis le début : contenu vérifié / compilé / TypeScript / pages commencées / finies',
      ['contenu vérifié', 'compilé', 'TypeScript fini', 'pages statiques commencées', 'pages statiques finies']
        .map(phase)
        .join(' / '),
    ],
    ['pages statiques', `${built.pages} en ${built.pagesTime}`],
    ['pic mémoire (build et ses workers)', `${built.peakMb.toFixed(0)} Mo`],
    ['premier fichier de recherche, gzip tel que servi', kb(served.bytes)],
    ['premier fichier de recherche, brut / gzip (zlib)', `${kb(json.length)} / ${kb(zlib.gzipSync(json).length)}`],
    ['parties de texte qui suivent', `${data.parts}, ${kb(partsGzip)} gzip`],
    [
      'pages préconstruites + fichiers statiques',
      `${((prerendered.bytes + assets.bytes) / 1024 / 1024).toFixed(1)} Mo`,
    ],
    ...p95s,
  ];
  console.log('\n| mesure | valeur |\n|---|---|');
  for (const [what, value] of rows) console.log(`| ${what} | ${value} |`);
} finally {
  server.stop();
  fs.rmSync(into, { recursive: true, force: true });
}
