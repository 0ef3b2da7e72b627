#!/usr/bin/env node
// npm run serve:static: the static export (out/, npm run export) on Debian's nginx, on $PORT (default 3000).
// nginx runs in the foreground with its own configuration, pid and temporary files in .nginx/<port>/ (nothing
// in /etc or /var), generated from deploy/nginx-config.mjs like deploy/nginx.conf. Ctrl-C or SIGTERM stops it.
// Options: --host 127.0.0.1 (listen on one address), --workers N (default: one per core).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_API_UPSTREAM, NGINX_PATH, standaloneConfig, workerUser } from '../deploy/nginx-config.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'out');
const { values } = parseArgs({ options: { host: { type: 'string' }, workers: { type: 'string', default: 'auto' } } });
const port = Number(process.env.PORT ?? 3000);

if (!fs.existsSync(path.join(out, 'index.html'))) {
  console.error('out/ est vide : lancez d’abord npm run export.');
  process.exit(1);
}
execFileSync(process.execPath, [path.join(root, 'scripts', 'ensure-nginx.mjs')], { stdio: 'inherit' });

const runtimeDir = path.join(root, '.nginx', String(port));
fs.mkdirSync(runtimeDir, { recursive: true });
const conf = path.join(runtimeDir, 'nginx.conf');
// /api/ goes to the next start at PORTAIL_API_UPSTREAM (default: this machine's npm start); empty: none.
const api = (process.env.PORTAIL_API_UPSTREAM ?? DEFAULT_API_UPSTREAM) || undefined;
fs.writeFileSync(
  conf,
  standaloneConfig({
    root: out,
    port,
    host: values.host,
    runtimeDir,
    workers: values.workers,
    api,
    user: workerUser(),
  }),
);

// -e stderr: nginx opens its default error log before reading the configuration; -p keeps relative paths here.
const nginx = spawn(NGINX_PATH, ['-c', conf, '-p', runtimeDir, '-e', 'stderr'], { stdio: 'inherit' });
console.log(`Export statique servi par nginx sur http://localhost:${port} (Ctrl-C pour arrêter).`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    // nginx's fast shutdown on TERM; a terminal's Ctrl-C also reaches it directly, which is harmless.
    stopping = true;
    nginx.kill('SIGTERM');
  });
}
nginx.on('exit', (code, signal) => {
  if (stopping) console.log('nginx arrêté.');
  process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
});
