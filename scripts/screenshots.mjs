#!/usr/bin/env node
// Screenshots of pages at desktop and phone widths, light and dark, for a look by eye:
//   node scripts/screenshots.mjs http://localhost:3000 /articles/configure-proxy "/codes/scp#code-29"
// Files go to screenshots/ (git-ignored).
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const [base = 'http://localhost:3000', ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
fs.mkdirSync('screenshots', { recursive: true });
const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
const only = process.env.SHOTS?.split(',');
for (const path of paths.length ? paths : ['/']) {
  for (const [device, viewport] of Object.entries(viewports)) {
    for (const colorScheme of ['light', 'dark']) {
      const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${device}-${colorScheme}`;
      if (only && !only.some((o) => name.includes(o))) continue;
      const page = await browser.newPage({ viewport, colorScheme, deviceScaleFactor: 1 });
      await page.goto(base + path, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      await page.screenshot({ path: `screenshots/${name}.png`, fullPage: process.env.FULL === '1' });
      console.log(`screenshots/${name}.png`);
      await page.close();
    }
  }
}
await browser.close();
