#!/usr/bin/env node
// npm run bench:feedback: writes to the feedback API under load, with a server killed (kill -9) and restarted
// in the middle, on both stores:
//   1. two `next start` replicas on one PostgreSQL server (Debian's, a throw-away cluster with its default
//      durability), one autocannon per replica;
//   2. one `next start` on PGlite (a throw-away data folder).
// Every request carries a new idempotency key. Afterwards the writes left without an answer (those in flight
// at the kill) are sent again with their key, as the browser's queue does. Then the database is read: every
// acknowledged key must be there (lost = 0), each key once, none that was never sent. Prints writes/s
// (acknowledged, over the whole run, downtime included), p99 latency, and the counts.
// PORTAIL_GROUPE_MAX=1 in the environment turns group commit off (one statement and one commit per write, as
// before it): the « before » figures of docs/feedback.md.
// PORTAIL_MESURES_ECRITURE=1 makes the servers print, every 5 s in the servers' log, where a write's time goes
// (lib/feedback/write-timings.ts). 32 connections per server by default: a helpdesk's many browsers; with 8, a
// server's throughput is 8 ÷ a statement's latency whatever its CPU (docs/feedback.md).
// Options: --duration 30 --connections 32 --kill-at 10 --port <base> (default $PORT or 3300; uses base..base+2),
// --pg-port (default base+60), --only postgres|pglite|flood (the 10,000-report flood, on its own server).
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startPostgres } from './postgres.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '32' },
    'kill-at': { type: 'string', default: '10' },
    port: { type: 'string', default: process.env.PORT ?? '3300' },
    'pg-port': { type: 'string' },
    only: { type: 'string' },
  },
});
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const KILL_AT = Number(values['kill-at']);
const BASE_PORT = Number(values.port);
/** The servers' error output (a killed server's in-flight requests, say), out of the figures' way. */
const serverLog = path.join(os.tmpdir(), `portail-bench-feedback-${process.pid}.log`);
const TABLES = {
  '/api/avis': 'feedback_votes',
  '/api/recherches': 'search_logs',
  '/api/signalements': 'feedback_reports',
};

const build = spawnSync(process.execPath, [path.join(root, 'scripts/build-if-stale.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

/** A write as the browser sends it, with a new key: mostly votes and searches, some reports. */
function makeWrite(n) {
  const key = randomUUID();
  const kind = n % 20 === 0 ? '/api/signalements' : n % 3 === 0 ? '/api/recherches' : '/api/avis';
  const body =
    kind === '/api/avis'
      ? { key, target: '/codes/sense#evt-15', origin: 'code', value: n % 4 ? 'oui' : 'non', seq: 1 }
      : kind === '/api/recherches'
        ? {
            key,
            query: `erreur 0x87D1FDE8 sur PC-${n} 10.0.${n % 250}.7`,
            context: 'entete',
            resultCount: 3,
            topTier: 'exacte',
            topScore: 12.5,
            openedRank: null,
            openedTarget: null,
          }
        : { key, target: '/articles/configure-proxy', origin: 'article', kind: 'autre', text: `Essai de charge ${n}` };
  return { key, path: kind, body: JSON.stringify(body) };
}

/** A next start replica (npm start's server, scripts/server.mjs): spawned directly (its pid is the server's, so kill -9 kills the server). */
function startServer(port, env) {
  const child = spawn(process.execPath, [path.join(root, 'scripts/server.mjs'), '--host', '127.0.0.1'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: '1',
      // One loopback address sends everything: the per-client limits would measure themselves.
      PORTAIL_LIMITE_CLIENT: '100000000',
      PORTAIL_LIMITE_ADRESSE: '100000000',
      PORTAIL_LIMITE_SIGNALEMENTS: '100000000',
      ...env,
    },
    stdio: ['ignore', 'ignore', fs.openSync(serverLog, 'a')],
  });
  return child;
}

/**
 * One write through node:http with a hard deadline: whether it was acknowledged. (Node 20's fetch left the
 * retries of a run's unanswered writes pending for good on 2026-11-29: no socket, no error.)
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
function send(port, path, body, headers = {}) {
  return new Promise((resolve) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          Origin: `http://127.0.0.1:${port}`,
          ...headers,
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode, text }));
        response.on('error', () => resolve({ status: 0, text: '' }));
      },
    );
    request.setTimeout(10_000, () => request.destroy());
    request.on('error', () => resolve({ status: 0, text: '' }));
    request.end(body);
  });
}

async function post(port, write) {
  const { status, text } = await send(port, write.path, write.body);
  return status === 200 && text.includes('"ok":true');
}

/** Ready once a write is acknowledged (the store is open and migrated). */
async function waitReady(port, ledger, timeoutMs = 180_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const write = makeWrite(ledger.sent.size);
    ledger.sent.set(write.key, write);
    if (await post(port, write)) {
      ledger.acked.add(write.key);
      return Date.now() - started;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Le serveur du port ${port} ne répond pas.`);
}

/** One autocannon on one replica; every acknowledged key goes into the ledger. */
function load(port, ledger) {
  let n = 0;
  const instance = autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: DURATION,
    timeout: 10,
    headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${port}` },
    requests: [
      {
        method: 'POST',
        setupRequest: (request, context) => {
          const write = makeWrite(n++);
          ledger.sent.set(write.key, write);
          context.key = write.key;
          return { ...request, path: write.path, body: write.body };
        },
        onResponse: (status, body, context) => {
          if (status === 200 && body.includes('"ok":true')) ledger.acked.add(context.key);
        },
      },
    ],
  });
  // Seen on 2026-11-29: after its server was killed and restarted, an autocannon run never called back (no
  // socket, no timer left). Past its duration plus a margin it is stopped, and then given up: the writes are
  // counted from the ledger either way, only its latency figures are lost.
  return new Promise((resolve) => {
    const stopAt = setTimeout(() => instance.stop(), (DURATION + 20) * 1000);
    const giveUp = setTimeout(
      () => resolve({ latency: { p99: NaN }, errors: 0, timeouts: 0, stalled: true }),
      (DURATION + 30) * 1000,
    );
    instance.then((result) => {
      clearTimeout(stopAt);
      clearTimeout(giveUp);
      resolve(result);
    });
  });
}
/** Sends again every write left without an answer, with its key, until acknowledged (the browser's queue). */
async function retryUnanswered(ports, ledger) {
  const pending = [...ledger.sent.values()].filter((write) => !ledger.acked.has(write.key));
  step(`renvoi de ${pending.length} écritures sans réponse`);
  for (let attempt = 0; attempt < 10 && pending.length; attempt++) {
    const results = await Promise.all(pending.map((write, i) => post(ports[i % ports.length], write)));
    for (let i = pending.length - 1; i >= 0; i--)
      if (results[i]) {
        ledger.acked.add(pending[i].key);
        pending.splice(i, 1);
      }
  }
  return pending.length;
}

/** Rows per key in the three tables, for the keys sent. */
async function countKeys(query) {
  const counts = new Map();
  for (const table of Object.values(TABLES)) {
    const rows = await query(`SELECT key::text AS key, count(*)::int AS n FROM ${table} GROUP BY key`);
    for (const row of rows) counts.set(row.key, (counts.get(row.key) ?? 0) + row.n);
  }
  return counts;
}

function verify(ledger, counts, acknowledgedInRun) {
  let lost = 0;
  for (const key of acknowledgedInRun) if (!counts.has(key)) lost++;
  const twice = [...counts.values()].filter((n) => n > 1).length;
  const unknown = [...counts.keys()].filter((key) => !ledger.sent.has(key)).length;
  const missingAfterRetry = [...ledger.sent.keys()].filter((key) => !counts.has(key)).length;
  return { lost, twice, unknown, missingAfterRetry };
}

function report(name, { runs, ledger, acknowledgedInRun, downtime, check }) {
  const measured = runs.filter((run) => !run.stalled);
  const p99 = measured.length ? Math.max(...measured.map((run) => run.latency.p99)) : NaN;
  const errors = runs.reduce((sum, run) => sum + run.errors + run.timeouts, 0);
  const rate = acknowledgedInRun.size / DURATION;
  console.log(`\n${name}`);
  // Whether the load generator itself was the limit: its own CPU per request sent, and the machine's load.
  const cpu = process.cpuUsage(cpuAtStart);
  console.log(
    `  charge de la machine (moyenne 1 min) : ${loadAtStart.toFixed(1)} au début, ${os.loadavg()[0].toFixed(1)} à la fin ; CPU du banc : ${((cpu.user + cpu.system) / 1000 / Math.max(1, ledger.sent.size)).toFixed(2)} ms par requête envoyée`,
  );
  console.log(
    `  écritures acquittées : ${acknowledgedInRun.size} en ${DURATION} s, soit ${rate.toFixed(0)} écritures/s`,
  );
  const stalled = runs.length - measured.length;
  console.log(
    `  latence p99 : ${p99} ms${stalled ? ` (autocannon bloqué sur ${stalled} serveur(s) : p99 des autres)` : ''} ; erreurs réseau pendant la coupure : ${errors}`,
  );
  console.log(`  serveur tué (kill -9) à ${KILL_AT} s, de nouveau prêt en ${(downtime / 1000).toFixed(1)} s`);
  console.log(
    `  renvoyées après la course (sans réponse) : ${ledger.sent.size - acknowledgedInRun.size - ledger.warmups} ; clés envoyées : ${ledger.sent.size}`,
  );
  console.log(
    `  base : perdues = ${check.lost}, en double = ${check.twice}, inconnues = ${check.unknown}, absentes après renvoi = ${check.missingAfterRetry}`,
  );
  const ok = check.lost === 0 && check.twice === 0 && check.unknown === 0 && check.missingAfterRetry === 0;
  console.log(`  ${ok ? 'OK' : 'ÉCHEC'} : lost = ${check.lost}${rate >= 200 ? '' : ' (sous 200 écritures/s)'}`);
  return ok;
}

const t0 = Date.now();
/** A progress line on stderr, with the seconds since the bench started. */
const step = (text) => process.stderr.write(`  [${((Date.now() - t0) / 1000).toFixed(0)} s] ${text}\n`);

/** Runs the load on `ports`, kills the first replica at KILL_AT and restarts it; returns what happened. */
let cpuAtStart = process.cpuUsage();
let loadAtStart = os.loadavg()[0];
async function run(ports, servers, restart, ledger) {
  cpuAtStart = process.cpuUsage();
  loadAtStart = os.loadavg()[0];
  const warm = ledger.sent.size;
  const before = new Set(ledger.acked);
  let downtime = 0;
  const killer = new Promise((resolve) =>
    setTimeout(async () => {
      const killed = servers[0];
      const exited = new Promise((r) => killed.once('exit', r));
      killed.kill('SIGKILL');
      const killedAt = Date.now();
      step(`kill -9 du serveur du port ${ports[0]}`);
      await exited;
      servers[0] = restart();
      await waitReady(ports[0], ledger);
      downtime = Date.now() - killedAt;
      step(`serveur relancé et prêt`);
      resolve();
    }, KILL_AT * 1000),
  );
  step('charge');
  const runs = await Promise.all(ports.map((port) => load(port, ledger)));
  step('charge terminée');
  await killer;
  const acknowledgedInRun = new Set([...ledger.acked].filter((key) => !before.has(key)));
  ledger.warmups = warm;
  return { runs, acknowledgedInRun, downtime };
}

const stopAll = [];
process.on('exit', () => stopAll.forEach((stop) => stop()));
// Interrupted (Ctrl-C, a timeout): stop the servers and the cluster too.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
let allOk = true;
const groupMax = process.env.PORTAIL_GROUPE_MAX;
console.log(
  `Écritures groupées : ${groupMax === '1' ? 'non (PORTAIL_GROUPE_MAX=1 : une instruction et un commit par écriture)' : `oui (au plus ${groupMax || 500} par instruction)`} ; ${CONNECTIONS} connexions par serveur, ${DURATION} s, kill -9 à ${KILL_AT} s.`,
);

if (!values.only || values.only === 'postgres') {
  const pg = await startPostgres({ port: Number(values['pg-port'] ?? BASE_PORT + 60), durable: true });
  stopAll.push(() => pg.stop());
  const ports = [BASE_PORT, BASE_PORT + 1];
  const env = { DATABASE_URL: pg.url };
  const servers = ports.map((port) => startServer(port, env));
  stopAll.push(() => servers.forEach((server) => server.kill('SIGKILL')));
  const ledger = { sent: new Map(), acked: new Set(), warmups: 0 };
  for (const port of ports) await waitReady(port, ledger);
  const result = await run(ports, servers, () => startServer(ports[0], env), ledger);
  await retryUnanswered(ports, ledger);
  servers.forEach((server) => server.kill('SIGKILL'));
  const { default: pgClient } = await import('pg');
  const client = new pgClient.Client(pg.url);
  await client.connect();
  const counts = await countKeys(async (sql) => (await client.query(sql)).rows);
  await client.end();
  pg.stop();
  allOk =
    report('2 × next start sur un PostgreSQL (fsync activé)', {
      ...result,
      ledger,
      check: verify(ledger, counts, result.acknowledgedInRun),
    }) && allOk;
}

if (!values.only || values.only === 'pglite') {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portail-pglite-'));
  stopAll.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const port = BASE_PORT + 2;
  const env = { PORTAIL_DATA_DIR: dataDir };
  const servers = [startServer(port, env)];
  stopAll.push(() => servers.forEach((server) => server.kill('SIGKILL')));
  const ledger = { sent: new Map(), acked: new Set(), warmups: 0 };
  await waitReady(port, ledger);
  const result = await run([port], servers, () => startServer(port, env), ledger);
  await retryUnanswered([port], ledger);
  // A normal stop releases the folder; then this process opens it alone (one PGlite per folder).
  servers[0].kill('SIGTERM');
  await new Promise((resolve) => servers[0].once('exit', resolve));
  const { migrate, openPglite } = await import('../lib/feedback/db.ts');
  const db = await openPglite(dataDir);
  await migrate(db);
  const counts = await countKeys((sql) => db.query(sql));
  await db.close();
  allOk =
    report('1 × next start sur PGlite', {
      ...result,
      ledger,
      check: verify(ledger, counts, result.acknowledgedInRun),
    }) && allOk;
}

if (!values.only || values.only === 'flood') {
  // Issue #18's flood: 10,000 reports from one client (one address, one browser id) on a server with the
  // default limits. Every answer must be 200 or 429, the accepted ones at most the reports bucket's burst plus
  // its refill over the run, and each accepted one stored (no more, no fewer).
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portail-flood-'));
  stopAll.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const port = BASE_PORT + 2;
  const server = startServer(port, {
    PORTAIL_DATA_DIR: dataDir,
    PORTAIL_LIMITE_CLIENT: '120',
    PORTAIL_LIMITE_ADRESSE: '1200',
    PORTAIL_LIMITE_SIGNALEMENTS: '20',
  });
  stopAll.push(() => server.kill('SIGKILL'));
  await waitReady(port, { sent: new Map(), acked: new Set() });
  const marker = `flood-${randomUUID().slice(0, 8)}`;
  const headers = {
    'X-Forwarded-For': '198.51.100.7',
    'X-Portail-Client': randomUUID(),
  };
  const statuses = new Map();
  const started = Date.now();
  for (let batch = 0; batch < 200; batch++) {
    const answers = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const body = {
          key: randomUUID(),
          target: '/',
          origin: 'article',
          kind: 'autre',
          text: `${marker} ${batch}-${i}`,
        };
        return (await send(port, '/api/signalements', JSON.stringify(body), headers)).status;
      }),
    );
    for (const status of answers) statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
  const seconds = (Date.now() - started) / 1000;
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  const { openPglite } = await import('../lib/feedback/db.ts');
  const db = await openPglite(dataDir);
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM feedback_reports WHERE body LIKE $1`, [`${marker} %`]);
  await db.close();
  const accepted = statuses.get(200) ?? 0;
  const bound = Math.ceil(10 + (20 * seconds) / 60) + 1;
  const onlyRightAnswers = [...statuses.keys()].every((status) => status === 200 || status === 429);
  const ok = onlyRightAnswers && accepted <= bound && accepted >= 10 && n === accepted;
  console.log('\n10 000 signalements d’un seul client (limites par défaut, PGlite)');
  console.log(
    `  en ${seconds.toFixed(1)} s : ${[...statuses].map(([status, count]) => `${count} × ${status}`).join(', ')}`,
  );
  console.log(`  acceptés ${accepted} (au plus ${bound}) ; enregistrés ${n}`);
  console.log(`  ${ok ? 'OK' : 'ÉCHEC'}`);
  allOk = ok && allOk;
}

console.log(`\nJournal des serveurs : ${serverLog}`);
process.exit(allOk ? 0 : 1);
