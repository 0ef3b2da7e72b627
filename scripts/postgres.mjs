// A throw-away PostgreSQL server for tests and benchmarks: Debian's `postgresql` package (installed with
// apt-get when missing, as scripts/ensure-nginx.mjs does for nginx), a new cluster in a temporary folder under
// /tmp, on a loopback port, trust authentication, removed on stop. initdb refuses to run as root: as root the
// cluster is made and run by the `postgres` user, on a folder that user owns (never inside the clone, which may
// sit in a folder only root can enter).
import { execFileSync, execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const LIB = '/usr/lib/postgresql';

/** The newest installed server's bin folder, or undefined. */
export function postgresBin() {
  if (!fs.existsSync(LIB)) return undefined;
  const versions = fs
    .readdirSync(LIB)
    .filter((name) => fs.existsSync(path.join(LIB, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(LIB, versions[0], 'bin') : undefined;
}

/** Installs Debian's postgresql when no server is there (needs root, like the project's other installs). */
export function ensurePostgres() {
  if (postgresBin()) return postgresBin();
  console.log('PostgreSQL introuvable : installation du paquet Debian postgresql…');
  try {
    execSync('apt-get update -qq', { stdio: 'inherit' });
    execSync('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql', {
      stdio: 'inherit',
      shell: '/bin/bash',
    });
  } catch {
    throw new Error('Impossible d’installer PostgreSQL (apt-get, en root). Installez le paquet Debian postgresql.');
  }
  const bin = postgresBin();
  if (!bin) throw new Error('Paquet postgresql installé, mais initdb introuvable sous /usr/lib/postgresql.');
  return bin;
}

/** A free loopback port (the preferred one when free). */
export async function freePort(preferred) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(undefined));
      server.listen(port, '127.0.0.1', () => {
        const { port: chosen } = server.address();
        server.close(() => resolve(chosen));
      });
    });
  return (preferred && (await tryPort(preferred))) || (await tryPort(0));
}

/**
 * Starts a new cluster. `durable: false` (tests) turns fsync off; benchmarks keep PostgreSQL's defaults.
 * Returns its URL and `stop()`, which stops the server and removes the folder.
 */
export async function startPostgres({ port: preferred, durable = false, quiet = true } = {}) {
  const bin = ensurePostgres();
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portail-pg-'));
  // Under /tmp the folder is ours to give: the postgres user must own it (and reach it: /tmp is world-readable).
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  fs.chmodSync(dir, 0o700);
  const run = (command, args) => {
    const argv = asRoot ? ['runuser', '-u', 'postgres', '--', command, ...args] : [command, ...args];
    const result = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${path.basename(command)} a échoué :\n${result.stderr || result.stdout}`);
    return result.stdout;
  };
  const data = path.join(dir, 'data');
  if (asRoot) execFileSync('runuser', ['-u', 'postgres', '--', 'mkdir', data]);
  else fs.mkdirSync(data);
  run(path.join(bin, 'initdb'), [
    '-D',
    data,
    '--auth=trust',
    '--username=portail',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  const port = await freePort(preferred);
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c max_connections=100',
    ...(durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
  ].join(' ');
  run(path.join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-o',
    options,
    '-l',
    path.join(dir, 'server.log'),
    '-w',
    '-t',
    '60',
    'start',
  ]);
  const url = `postgresql://portail@127.0.0.1:${port}/postgres`;
  if (!quiet) console.log(`PostgreSQL de test sur ${url} (${dir}).`);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  return { url, port, dir, stop };
}
