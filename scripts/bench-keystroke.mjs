#!/usr/bin/env node
// Keystroke latency in headless Chromium, on the real corpus (npm run bench:keystroke). Needs the portal
// running: BASE_URL (default http://localhost:3000). Types queries one character at a time into /recherche
// and measures, per keystroke: from the input event to the page's own work done (React renders the box
// synchronously; style and layout included), the work that must fit in one 16.7 ms frame; the time to the
// next animation frame, which adds the wait for the display's frame; and the time until the answer to that
// keystroke is on screen (the search runs in a worker: the results come a few milliseconds later, without
// holding the page). The first keystrokes start as soon as the search data has arrived, while the index
// builds. Prints p50/p95; asserts nothing.
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
// The worker's download, when the browser reports it to the page (Chromium does); typing starts then.
await page
  .waitForResponse((response) => response.url().includes('/donnees/recherche.json'), { timeout: 30_000 })
  .catch(() => console.log('téléchargement des données non vu : la frappe commence sans l’attendre'));

const times = await page.evaluate(async (list) => {
  const field = document.querySelector('main input[type="search"]');
  const region = document.querySelector('main [data-answered-query]');
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
        void document.body.offsetHeight; // style and layout of what changed
        const work = performance.now() - start;
        await frame();
        const framed = performance.now() - start;
        // The answer to this keystroke on screen (the region says which query it shows), 10 s at most.
        const typed = field.value;
        while (typed.trim() && region.getAttribute('data-answered-query') !== typed) {
          if (performance.now() - start > 10_000) break;
          await frame();
        }
        out.push([work, framed, performance.now() - start]);
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
console.log(`  frappe → travail de la page (DOM, style, mise en page) : ${stats(times.map(([work]) => work))}`);
console.log(`  frappe → image suivante (attente de l’écran comprise) : ${stats(times.map(([, frame]) => frame))}`);
console.log(`  frappe → réponse affichée (résultats de cette frappe) : ${stats(times.map(([, , answer]) => answer))}`);
