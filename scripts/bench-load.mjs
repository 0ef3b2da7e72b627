#!/usr/bin/env node
// npm run bench:load: throughput of the two deployment shapes, side by side in one run, on loopback.
// next start (the production build) and nginx serving the static export (out/), each answering the same three
// URLs: the largest article, the largest code table, the search data. Requests carry Accept-Encoding: gzip
// as browsers send it: next start compresses every response anew, nginx sends the .gz made by npm run export.
// Bounded: BENCH_SECONDS per run (default 10) × 6 runs, after a 2-second warm-up each. Prints numbers only
// (performance is never asserted in tests). Ports: BENCH_NEXT_PORT (3460), BENCH_STATIC_PORT (3461). Run by tsx:
// the search data's URL comes from lib/search/params.ts.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { routes } from '../lib/routes.ts';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const nextPort = Number(process.env.BENCH_NEXT_PORT ?? 3460);
const staticPort = Number(process.env.BENCH_STATIC_PORT ?? 3461);
const HEADERS = { 'accept-encoding': 'gzip' };

function run(script, args = []) {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', script), ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The largest exported page under a folder of out/, as its URL (`/articles/<slug>`). */
function largestPage(folder) {
  const pages = fs
    .readdirSync(path.join(root, 'out', folder))
    .filter((name) => name.endsWith('.html'))
    .map((name) => ({ name, size: fs.statSync(path.join(root, 'out', folder, name)).size }))
    .sort((a, b) => b.size - a.size);
  if (!pages[0]) throw new Error(`out/${folder} : aucune page exportée.`);
  return `/${folder}/${pages[0].name.replace(/\.html$/, '')}`;
}

async function waitFor(url, server) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`${url} : le serveur s’est arrêté (code ${server.exitCode}).`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} ne répond pas après 60 s.`);
}

/** Both servers must send gzip for the comparison to mean anything. */
async function checkGzip(url) {
  const response = await fetch(url, { headers: HEADERS });
  const encoding = response.headers.get('content-encoding');
  await response.arrayBuffer();
  if (response.status !== 200 || encoding !== 'gzip')
    throw new Error(`${url} : ${response.status}, content-encoding ${encoding} (gzip attendu).`);
}

function load(url, duration) {
  return autocannon({ url, connections, duration, headers: HEADERS });
}

// Both builds, each when stale (the export puts next start's build back after its own).
run('build-if-stale.mjs');
run('export.mjs', ['--if-stale']);

const servers = [
  {
    name: 'next start',
    port: nextPort,
    process: spawn(process.execPath, [path.join(root, 'scripts', 'server.mjs'), '--host', '127.0.0.1'], {
      cwd: root,
      stdio: 'ignore',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(nextPort) },
    }),
  },
  {
    name: 'nginx (export)',
    port: staticPort,
    process: spawn(process.execPath, [path.join(root, 'scripts', 'serve-static.mjs'), '--host', '127.0.0.1'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, PORT: String(staticPort) },
    }),
  },
];
const stop = () => servers.forEach((server) => server.process.exitCode === null && server.process.kill('SIGTERM'));
process.on('SIGINT', () => (stop(), process.exit(130)));

const rows = [];
try {
  for (const server of servers) await waitFor(`http://127.0.0.1:${server.port}/`, server.process);
  const targets = [
    { label: 'plus grand article', url: largestPage('articles') },
    { label: 'plus grande table de codes', url: largestPage('codes') },
    { label: 'données de recherche', url: routes.searchData() },
  ];
  console.log(
    `\n${connections} connexions, ${seconds} s par mesure (après 2 s de chauffe), Accept-Encoding: gzip, 127.0.0.1\n`,
  );
  for (const target of targets) {
    for (const server of servers) {
      const url = `http://127.0.0.1:${server.port}${target.url}`;
      await checkGzip(url);
      await load(url, 2);
      const result = await load(url, seconds);
      rows.push({
        ...target,
        server: server.name,
        rps: result.requests.average,
        p99: result.latency.p99,
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
        bytes: result.throughput.average,
      });
    }
  }
} finally {
  stop();
}

const pad = (value, width) => String(value).padStart(width);
console.log(
  `${'URL'.padEnd(58)} ${'serveur'.padEnd(15)} ${pad('req/s', 8)} ${pad('p99 ms', 7)} ${pad('erreurs', 8)} ${pad('non-2xx', 8)} ${pad('Mo/s', 6)} ${pad('rapport', 8)}`,
);
for (const row of rows) {
  const reference = rows.find((other) => other.url === row.url && other.server === servers[0].name);
  const ratio = reference && row !== reference ? `×${(row.rps / reference.rps).toFixed(1)}` : '';
  console.log(
    `${`${row.url} (${row.label})`.padEnd(58)} ${row.server.padEnd(15)} ${pad(Math.round(row.rps), 8)} ${pad(row.p99, 7)} ${pad(row.errors, 8)} ${pad(row.non2xx, 8)} ${pad((row.bytes / 1e6).toFixed(1), 6)} ${pad(ratio, 8)}`,
  );
}
const failures = rows.filter((row) => row.errors || row.non2xx);
if (failures.length) {
  console.error(`\nErreurs ou réponses non 2xx : ${failures.map((row) => `${row.server} ${row.url}`).join(', ')}`);
  process.exit(1);
}
