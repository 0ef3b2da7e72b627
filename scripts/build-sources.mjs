// What a build of the portal is made from, and when it last changed: one list for `npm start`'s
// build-if-stale and `npm run export --if-stale`. The content directory is `CONTENT_DIR` when set.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function contentDirOf(root) {
  return process.env.CONTENT_DIR ? path.resolve(process.env.CONTENT_DIR) : path.join(root, 'content');
}

export function buildSources(root, extra = []) {
  return [
    'app',
    'components',
    contentDirOf(root),
    // Next compiles it into the server (the feedback store opened at start).
    'instrumentation.ts',
    'lib',
    'public',
    'next.config.mjs',
    'package.json',
    'postcss.config.mjs',
    'tsconfig.json',
    ...extra,
  ];
}

/** The newest modification time under `entry` (a file or a folder, relative to root or absolute). */
export function newestMtime(root, entry) {
  const full = path.resolve(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(full)) newest = Math.max(newest, newestMtime(root, path.join(full, child)));
  return newest;
}

export function newestSourceMtime(root, extra = []) {
  return Math.max(...buildSources(root, extra).map((entry) => newestMtime(root, entry)));
}

/**
 * `npm run check:content` before a build: every content error of every file, listed in seconds, instead of
 * the first one after minutes of `next build`. Returns whether the content passed.
 */
export function checkContentBeforeBuild(root) {
  const result = spawnSync('npm', ['run', '--silent', 'check:content'], { cwd: root, stdio: 'inherit' });
  return result.status === 0;
}

/**
 * One build's folder of parsed articles (lib/mdx/parse-cache.ts): named in PORTAIL_PARSE_CACHE for the
 * content check and `next build` that this process starts (they inherit its environment), deleted when this
 * process exits. Call once, before the check.
 */
export function startParseCache() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portail-arbres-'));
  process.env.PORTAIL_PARSE_CACHE = dir;
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}
