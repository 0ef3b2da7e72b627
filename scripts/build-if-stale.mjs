#!/usr/bin/env node
// `npm start` builds only when needed: no build yet, or a source file newer than the last build.
// `--force` always builds (npm run build).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const stamp = path.join(root, '.next', 'BUILD_ID');
const SOURCES = ['app', 'components', 'content', 'lib', 'public', 'next.config.mjs', 'package.json', 'postcss.config.mjs', 'tsconfig.json'];

function newestMtime(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(full)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

const force = process.argv.includes('--force');
const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
const newest = Math.max(...SOURCES.map(newestMtime));
if (!force && built > newest) {
  console.log('Build à jour : pas de reconstruction.');
  process.exit(0);
}
console.log(force ? 'Construction…' : 'Build absent ou périmé : construction…');
const result = spawnSync('npx', ['next', 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
process.exit(result.status ?? 1);
