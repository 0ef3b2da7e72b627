import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
const base = process.env.BASE_URL;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage();
await page.goto(`${base}/recherche`);
await page.getByRole('main').getByRole('searchbox').focus();
await page.waitForTimeout(3000);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
for (const q of ['échec du démarrage du service sense', 'hyperthreading']) {
  for (const ch of q) { await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch, unmodifiedText: ch }); await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch }); await page.waitForTimeout(100); }
  await page.waitForTimeout(1000); await page.keyboard.press('Control+A'); await page.keyboard.press('Backspace');
}
const { profile } = await cdp.send('Profiler.stop');
fs.writeFileSync(process.env.OUT, JSON.stringify(profile));
await browser.close();
