#!/usr/bin/env node
// The screenshots of docs/agent-journeys.md: desktop 1,366 px and phone 390 px, light and dark, of the pages an
// agent's day goes through (home, a deep-linked row, a wizard step, /analyse after a paste), and print emulation
// of a wizard path and a code table. Needs the portal running:
//   node scripts/agent-day-shots.mjs http://localhost:3000
// Files go to screenshots/agent-day/ (git-ignored).
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const [base = 'http://localhost:3000'] = process.argv.slice(2);
const out = process.env.SHOTS_DIR ?? 'screenshots/agent-day';
fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const PASTE =
  'Log Name: Microsoft-Windows-SENSE/Operational\nSource: Microsoft-Windows-SENSE\nEvent ID: 7\nLevel: Error';

const pages = {
  home: async (page) => page.goto(`${base}/`),
  row: async (page) => page.goto(`${base}/codes/sense#evt-29`),
  wizard: async (page) => page.goto(`${base}/assistants/mecm-nouveaux-appareils?etape=10`),
  analyse: async (page) => {
    await page.goto(`${base}/analyse`);
    await page.getByLabel('Texte à analyser').fill(PASTE);
    await page.getByRole('button', { name: 'Analyser', exact: true }).click();
    await page.getByTestId('analysis-finding').first().waitFor();
  },
};
const viewports = { desktop: { width: 1366, height: 768 }, phone: { width: 390, height: 844 } };

for (const [name, open] of Object.entries(pages)) {
  for (const [device, viewport] of Object.entries(viewports)) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport, colorScheme });
      await open(page);
      await page.waitForTimeout(400);
      const file = `${out}/${name}-${device}-${colorScheme}.png`;
      await page.screenshot({ path: file });
      console.log(file);
      await page.close();
    }
  }
}

for (const [name, url] of Object.entries({
  'print-wizard': '/assistants/nic-teaming?cas=existant&etape=2',
  'print-mecm': '/assistants/mecm-nouveaux-appareils?etape=10',
  'print-table': '/codes/sense',
})) {
  const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
  await page.goto(base + url);
  await page.waitForTimeout(400);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
  await page.pdf({ path: `${out}/${name}.pdf`, format: 'A4' });
  console.log(`${out}/${name}.png`);
  await page.close();
}
await browser.close();
