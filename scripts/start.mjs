#!/usr/bin/env node
// `npm start`: builds when the build is missing or stale (build-if-stale.mjs), then serves on PORT
// (default 3000) with scripts/server.mjs (Next's handler, security headers on every response). Once the server listens, one search request makes it build its search
// index, so that the first agent's search does not wait for it (seconds on a large corpus).
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const port = process.env.PORT || '3000';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

const build = spawnSync(process.execPath, [path.join(root, 'scripts/build-if-stale.mjs')], {
  cwd: root,
  stdio: 'inherit',
  env,
});
if (build.status !== 0) process.exit(build.status ?? 1);

const server = spawn(process.execPath, [path.join(root, 'scripts/server.mjs')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...env, PORT: port },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

async function warmUp() {
  const url = `http://localhost:${port}/recherche?q=0x87d1fde8`;
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      const response = await fetch(url);
      if (response.ok) {
        console.log('Index de recherche du serveur prêt.');
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
void warmUp();
