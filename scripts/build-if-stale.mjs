#!/usr/bin/env node
// `npm start` builds only when needed: no build yet, a source file newer than the last build, or another
// content directory (`CONTENT_DIR`, default content/) than the one the last build was made from.
// `--force` always builds (npm run build). The content is checked first (npm run check:content): a bad file
// stops here, every error listed, before `next build` starts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { checkContentBeforeBuild, contentDirOf, newestSourceMtime, startParseCache } from './build-sources.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const stamp = path.join(root, '.next', 'BUILD_ID');
// Which content directory the build in .next was made from (written after each successful build).
const contentStamp = path.join(root, '.next', 'CONTENT_DIR');
const contentDir = contentDirOf(root);

const force = process.argv.includes('--force');
const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
const newest = newestSourceMtime(root);
const builtFrom = fs.existsSync(contentStamp) ? fs.readFileSync(contentStamp, 'utf8') : path.join(root, 'content');
if (!force && built > newest && builtFrom === contentDir) {
  console.log('Build à jour : pas de reconstruction.');
  process.exit(0);
}
console.log(
  `${force ? 'Construction' : 'Build absent ou périmé : construction'} (contenu : ${path.relative(root, contentDir) || '.'})…`,
);
// The check parses every article; Next's worker reads the trees back instead of parsing them again.
startParseCache();
if (!checkContentBeforeBuild(root)) {
  console.error('Build annulé : corrigez le contenu (erreurs ci-dessus, au format fichier:ligne).');
  process.exit(1);
}
const result = spawnSync('npx', ['next', 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
if (result.status === 0) fs.writeFileSync(contentStamp, contentDir);
process.exit(result.status ?? 1);
