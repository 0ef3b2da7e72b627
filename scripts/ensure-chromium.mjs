#!/usr/bin/env node
// End-to-end tests use Debian's Chromium (Playwright cannot download browsers here). Install it when
// missing; this needs root, as on the project's machines and CI.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { CHROMIUM_PATH as CHROMIUM } from './chromium.mjs';
if (fs.existsSync(CHROMIUM)) process.exit(0);
console.log(`${CHROMIUM} introuvable : installation du paquet Debian chromium…`);
try {
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
    shell: '/bin/bash',
  });
} catch {
  console.error('Impossible d’installer chromium (apt-get, en root). Installez-le, ou indiquez CHROMIUM_PATH.');
  process.exit(1);
}
