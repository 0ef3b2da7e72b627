// Shared by test:corpus and bench:corpus: import the corpus fixture into a content directory, build the
// portal on it (CONTENT_DIR) and serve it on $PORT. Runs under `node --import tsx` (lib/import is TypeScript).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runImport } from '../lib/import/run.ts';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const CORPUS = path.join(root, 'fixtures/corpus/defender-for-identity-fr');

/** Imports the corpus into a fresh temporary content directory; fails on any refused article. */
export function importCorpus() {
  const into = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-content-'));
  const result = runImport({ sources: [CORPUS], into });
  if (!result.ok)
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
