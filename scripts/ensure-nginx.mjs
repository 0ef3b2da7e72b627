#!/usr/bin/env node
// The static export is served by Debian's nginx (npm run serve:static, the e2e tests, bench:load). Install it
// when missing, with the Brotli module when the distribution has it; this needs root, as on the project's
// machines and CI (the same way scripts/ensure-chromium.mjs installs Chromium).
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { BROTLI_STATIC_MODULE, NGINX_PATH } from '../deploy/nginx-config.mjs';

const have = () => fs.existsSync(NGINX_PATH);
const haveBrotli = () => fs.existsSync(BROTLI_STATIC_MODULE);
if (have() && haveBrotli()) process.exit(0);

const apt = (packages) =>
  execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages}`, {
    stdio: 'inherit',
    shell: '/bin/bash',
  });
let updated = false;
const update = () => {
  if (!updated) execSync('apt-get update -qq', { stdio: 'inherit' });
  updated = true;
};
if (!have()) {
  try {
    console.log(`${NGINX_PATH} introuvable : installation du paquet Debian nginx…`);
    update();
    apt('nginx');
  } catch {
    console.error('Impossible d’installer nginx (apt-get, en root). Installez-le, ou indiquez NGINX_PATH.');
    process.exit(1);
  }
}
// Brotli is a bonus: without the module nginx serves the .gz files. Its failure (no root, no network) never
// fails the run when nginx itself is there.
try {
  update();
  apt('libnginx-mod-http-brotli-static');
} catch {
  console.log('Module Brotli de nginx indisponible : les fichiers .gz seront servis.');
}
