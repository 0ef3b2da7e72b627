#!/usr/bin/env node
// npm run export: the whole portal as static files in out/, for nginx (npm run serve:static) or any CDN.
//  1. `next build` with PORTAIL_STATIC_EXPORT=1 (next.config.mjs: output 'export'). Next builds an export in
//     .next whatever distDir says, so next start's build is moved aside meanwhile and put back after; each
//     build keeps its own cache (node_modules/.cache/portail-export-build holds the export's between runs).
//  2. Every text file of out/ compressed once, beside it: .gz (gzip -9) and .br (Brotli 11), for nginx's
//     gzip_static / brotli_static: no compression work per request.
//  3. deploy/nginx.conf written from deploy/nginx-config.mjs (headers from lib/security-headers.mjs), and the
//     pages of its 400 and 431 answers (lib/error-page.mjs).
// `--if-stale` skips the build when out/ is newer than every source (npm run test:e2e).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { BROTLI_STATIC_MODULE, DEFAULT_API_UPSTREAM, siteConfig } from '../deploy/nginx-config.mjs';
import { ERROR_PAGES, errorPage } from '../lib/error-page.mjs';
import { checkContentBeforeBuild, newestSourceMtime, startParseCache } from './build-sources.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'out');
const serverBuild = path.join(root, '.next');
const serverBuildAside = path.join(root, '.next-server');
// The export's own build and cache between runs, where tools skip caches (lint, type-check, the standalone test).
const exportBuild = path.join(root, 'node_modules', '.cache', 'portail-export-build');
const stamp = path.join(out, 'index.html');
/** Extensions worth compressing (images and fonts are compressed already). */
const COMPRESSIBLE = new Set([
  '.html',
  '.txt',
  '.md',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.xml',
  '.map',
  '.ico',
  '.webmanifest',
]);

function build() {
  const hadServerBuild = fs.existsSync(serverBuild);
  if (fs.existsSync(serverBuildAside))
    throw new Error(
      `${serverBuildAside} existe : un export précédent a été interrompu. Renommez-le en .next puis relancez.`,
    );
  if (hadServerBuild) fs.renameSync(serverBuild, serverBuildAside);
  // Ctrl-C reaches the build too; put next start's build back before leaving.
  let restored = false;
  const restore = () => {
    // Once only: after it, .next is next start's build again.
    if (restored) return;
    restored = true;
    if (fs.existsSync(serverBuild)) {
      fs.rmSync(exportBuild, { recursive: true, force: true });
      fs.mkdirSync(path.dirname(exportBuild), { recursive: true });
      fs.renameSync(serverBuild, exportBuild);
    }
    if (hadServerBuild && fs.existsSync(serverBuildAside)) fs.renameSync(serverBuildAside, serverBuild);
  };
  process.once('SIGINT', () => (restore(), process.exit(130)));
  process.once('SIGTERM', () => (restore(), process.exit(143)));
  try {
    if (fs.existsSync(exportBuild)) fs.renameSync(exportBuild, serverBuild);
    const result = spawnSync('npx', ['next', 'build'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORTAIL_STATIC_EXPORT: '1' },
    });
    if (result.status !== 0) throw new Error(`next build (export) a échoué (code ${result.status}).`);
  } finally {
    restore();
  }
}

async function precompress() {
  const gzip = promisify(zlib.gzip);
  const brotli = promisify(zlib.brotliCompress);
  const files = fs
    .readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && COMPRESSIBLE.has(path.extname(entry.name)))
    .map((entry) => path.join(entry.parentPath, entry.name));
  const totals = { files: files.length, raw: 0, gz: 0, br: 0 };
  await Promise.all(
    files.map(async (file) => {
      const data = fs.readFileSync(file);
      const { mtime } = fs.statSync(file);
      const [gz, br] = await Promise.all([
        gzip(data, { level: 9 }),
        brotli(data, {
          params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length },
        }),
      ]);
      for (const [suffix, body] of [
        ['.gz', gz],
        ['.br', br],
      ]) {
        fs.writeFileSync(file + suffix, body);
        // Same date as the original: nginx sends the compressed file's Last-Modified.
        fs.utimesSync(file + suffix, mtime, mtime);
      }
      totals.raw += data.length;
      totals.gz += gz.length;
      totals.br += br.length;
    }),
  );
  return totals;
}

/**
 * `/articles/<slug>.md` (URL contract) is a rewrite under next start; an export has no rewrites, so the
 * Markdown files the static route wrote under donnees/articles/ are also placed at the contract's path.
 */
function placeArticleMarkdown() {
  const from = path.join(out, 'donnees', 'articles');
  if (!fs.existsSync(from)) return;
  for (const file of fs.readdirSync(from).filter((name) => name.endsWith('.md'))) {
    fs.copyFileSync(path.join(from, file), path.join(out, 'articles', file));
  }
}

/** The pages nginx answers a bad request with (deploy/nginx-config.mjs), the same as scripts/server.mjs sends. */
function writeErrorPages() {
  for (const status of Object.keys(ERROR_PAGES)) fs.writeFileSync(path.join(out, `${status}.html`), errorPage(status));
}

const started = Date.now();
if (
  process.argv.includes('--if-stale') &&
  fs.existsSync(stamp) &&
  fs.statSync(stamp).mtimeMs > newestSourceMtime(root, ['deploy/nginx-config.mjs', 'scripts/export.mjs'])
) {
  console.log('Export à jour : pas de reconstruction.');
  process.exit(0);
}
// The check parses every article; Next's worker reads the trees back instead of parsing them again.
startParseCache();
if (!checkContentBeforeBuild(root)) {
  console.error('Export annulé : corrigez le contenu (erreurs ci-dessus, au format fichier:ligne).');
  process.exit(1);
}
fs.rmSync(out, { recursive: true, force: true });
try {
  build();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
placeArticleMarkdown();
writeErrorPages();
const totals = await precompress();
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} Ko`;
const conf = path.join(root, 'deploy', 'nginx.conf');
fs.writeFileSync(
  conf,
  siteConfig({
    root: process.env.STATIC_ROOT ?? out,
    listen: [process.env.STATIC_LISTEN ?? '80'],
    brotli: fs.existsSync(BROTLI_STATIC_MODULE),
    // The next start that answers /api/ (the feedback controls); an empty value writes no proxy.
    api: (process.env.PORTAIL_API_UPSTREAM ?? DEFAULT_API_UPSTREAM) || undefined,
  }),
);
console.log(
  `Export : ${path.relative(root, out)}/ — ${totals.files} fichiers texte, ${kb(totals.raw)} (gzip ${kb(totals.gz)}, brotli ${kb(totals.br)}), ` +
    `${path.relative(root, conf)} écrit, ${((Date.now() - started) / 1000).toFixed(0)} s.`,
);
