#!/usr/bin/env node
// Keystroke-to-results latency in headless Chromium, on the real corpus (npm run bench:keystroke).
// Needs the portal running: BASE_URL (default http://localhost:3000). Types queries one character at a
// time into /recherche and measures, per keystroke, from the input event to the results committed to
// the DOM with style and layout done (React renders discrete input events synchronously): the work that
// must fit in one 16.7 ms frame. Also prints the time to the next animation frame, which adds the wait
// for the display's frame. Prints p50/p95; asserts nothing.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
// BENCH_QUERIES (separated by |) replaces the queries, for another corpus (npm run bench:corpus).
const defaultQueries = [
  'échec du démarrage du service sense',
  'erreur de certificat inscription',
  '0x87d1fde8',
  'hyperthreading',
  'winpcap_mode=yes',
  'attendez la fin de l operation oobe',
  'licences windows e5',
];
const queries = process.env.BENCH_QUERIES ? process.env.BENCH_QUERIES.split('|') : defaultQueries;

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage();
await page.goto(`${base}/recherche`);
const input = page.getByRole('main').getByRole('searchbox');
await input.focus();
await page.waitForResponse((response) => response.url().includes('/donnees/recherche.json'));
await page.waitForTimeout(300);

const times = await page.evaluate(async (list) => {
  const field = document.querySelector('main input[type="search"]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const out = [];
  for (let round = 0; round < 3; round++) {
    for (const query of list) {
      for (let i = 1; i <= query.length; i++) {
        await frame();
        const start = performance.now();
        setValue.call(field, query.slice(0, i));
        field.dispatchEvent(new Event('input', { bubbles: true }));
        void document.body.offsetHeight; // style and layout of the new results
        const work = performance.now() - start;
        await frame();
        out.push([work, performance.now() - start]);
      }
      setValue.call(field, '');
      field.dispatchEvent(new Event('input', { bubbles: true }));
      await frame();
    }
  }
  return out;
}, queries);
await browser.close();

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(1);
  return `p50 ${at(50)} ms, p95 ${at(95)} ms, max ${sorted.at(-1).toFixed(1)} ms`;
};
console.log(`${times.length} frappes`);
console.log(`  frappe → résultats rendus (DOM, style, mise en page) : ${stats(times.map(([work]) => work))}`);
console.log(`  frappe → image suivante (attente de l’écran comprise) : ${stats(times.map(([, frame]) => frame))}`);
