#!/usr/bin/env node
// Keystroke latency in headless Chromium (npm run bench:keystroke). Needs the portal running: BASE_URL (default
// http://localhost:3000). Prints numbers; asserts nothing.
//
// How it types: real key presses (Chrome DevTools Protocol `Input.dispatchKeyEvent`, trusted keydown, keypress,
// beforeinput, input and keyup events, any character), one every BENCH_KEY_INTERVAL_MS (default 100 ms, a fast
// typist), into /recherche's box, without waiting for anything between them: the search answers arrive while
// the agent types, as they do for a person. The first key is pressed as soon as the search data has arrived,
// while the index builds (on a large corpus the whole-text rebuild follows during the typing).
//
// What it prints, per keystroke:
// - « frappe → image peinte (Event Timing) »: the browser's own measure, the one INP is made of — from the key
//   press (the event's hardware timestamp) through the wait for the main thread (input delay), the page's
//   handlers (processing: React renders the box) to the next frame painted after them (presentation). The
//   browser reports only keystrokes of 16 ms or more (`durationThreshold` cannot go lower) and rounds to 8 ms:
//   a keystroke it does not report took under 16 ms. This is the issue's « keystroke → next frame »: a key
//   pressed at a random moment waits on average half a frame for the next one whatever the page does, so
//   « ≤ 16 ms » means « shown in the frame that follows it » (no frame missed), and p95 ≤ 16 ms that 95 % of
//   keystrokes are.
// - « frappe → traitement fini »: input delay + processing, to the end of the input event's handlers (React's
//   render and commit of the box included), measured by the page (`performance.now()` after React's listener).
// - « frappe → image peinte (mesure de la page) »: the same span as Event Timing measured by the page for every
//   keystroke (a frame callback, then a task after it: the frame's style, layout and paint are done), so that
//   the keystrokes under 16 ms have a figure too.
// - « frappe → sa réponse affichée »: to the results of that exact query on screen (the region's
//   `data-answered-query`), for the last keystroke of each query (the intermediate ones may be overtaken by the
//   next keystroke, by design).
// And for the whole typing: the main thread's long tasks (over 50 ms, `longtask` entries), with those during
// which an answer was put on screen (React rendering the results list) counted apart.
//
// Before 2026-11-30 this script set the field's value and dispatched a synthetic `input` event right after a
// frame callback, then waited for the next one: that « frappe → image suivante » is one whole frame interval
// (16.7 ms) plus the work by construction, and could not meet a 16 ms bar even with no work at all. It is not
// printed any more; docs/scale.md keeps its figures for continuity.
//
// BENCH_BOX=entete types into the site header's box (a combobox with up to 6 results) instead of the results
// page's; BENCH_PATH (default /recherche) is the page it is opened on. BENCH_ROUNDS (default 5) passes of the queries.
// BENCH_QUERIES (separated by |) replaces the queries, for another corpus (npm run bench:corpus). BENCH_TRACE=file
// also records a Chromium trace of the typing and prints what the main thread spent its time on.
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const interval = Number(process.env.BENCH_KEY_INTERVAL_MS ?? 100);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const headerBox = process.env.BENCH_BOX === 'entete';
const path = process.env.BENCH_PATH ?? '/recherche';
const tracePath = process.env.BENCH_TRACE;
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
// Recorders installed before the page's own scripts, so that they see everything from the first key.
await page.addInitScript(
  (answersIn) => {
    const rec = { keys: [], entries: [], longTasks: [], answers: [] };
    window.__keystrokes = rec;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        rec.entries.push({ name: e.name, start: e.startTime, duration: e.duration, id: e.interactionId });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    // Capture phase on window: before the page's handlers. The frame callback asked here runs in the first frame
    // after the handlers; a task posted from it runs once that frame's style, layout and paint are done.
    window.addEventListener(
      'keydown',
      (event) => {
        const key = { key: event.key, at: event.timeStamp, processed: undefined, painted: undefined };
        rec.keys.push(key);
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => (key.painted = performance.now());
          channel.port2.postMessage(null);
        });
      },
      true,
    );
    // Bubble phase on window: after React's listener (on the document) and the commit it flushes.
    window.addEventListener('input', () => {
      const key = rec.keys.at(-1);
      if (key) key.processed = performance.now();
    });
    const watch = () => {
      const region = document.querySelector(answersIn);
      if (!region) return requestAnimationFrame(watch);
      new MutationObserver(() =>
        rec.answers.push({ query: region.getAttribute('data-answered-query'), at: performance.now() }),
      ).observe(region, { attributes: true, attributeFilter: ['data-answered-query'] });
    };
    document.addEventListener('DOMContentLoaded', watch);
  },
  headerBox ? 'header [data-answered-query]' : 'main [data-answered-query]',
);

const dataArrived = page
  .waitForResponse((response) => response.url().includes('/donnees/recherche.json'), { timeout: 30_000 })
  .catch(() => console.log('téléchargement des données non vu : la frappe commence sans l’attendre'));
await page.goto(`${base}${path}`);
const input = headerBox
  ? page.getByRole('banner').getByRole('combobox')
  : page.getByRole('main').getByRole('searchbox');
await input.focus();
// The worker's download, when the browser reports it to the page (Chromium does); typing starts then.
await dataArrived;

const cdp = await page.context().newCDPSession(page);
const press = async (key, text) => {
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key, text, unmodifiedText: text });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key });
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
if (tracePath) await browser.startTracing(page, { path: tracePath, categories: ['devtools.timeline'] });
const typingStart = await page.evaluate(() => performance.now());
let next = Date.now();
for (let round = 0; round < rounds; round++) {
  for (const query of queries) {
    for (const char of query) {
      await sleep(next - Date.now());
      next = Math.max(next + interval, Date.now());
      await press(char, char);
    }
    // A pause, then the field emptied for the next query: select all (Control held, A), then Backspace, at the
    // typing's pace. Before 2026-11-30 12:20 the three keys went out within a few milliseconds, so that they
    // shared one frame: each key's figure then counted the others' work, which no typist's keys do.
    await sleep(1000);
    await page.keyboard.down('Control');
    await sleep(interval);
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    await sleep(interval);
    await page.keyboard.press('Backspace');
    await sleep(300);
    next = Date.now();
  }
}
await sleep(500);
if (tracePath) await browser.stopTracing();
const rec = await page.evaluate(() => window.__keystrokes);
const typingEnd = await page.evaluate(() => performance.now());
await browser.close();

// Keystrokes (keydown) in order; an Event Timing entry belongs to the last keystroke that started before it.
const keys = rec.keys.filter((key) => key.at >= typingStart);
const worst = keys.map(() => 0);
for (const entry of rec.entries) {
  let k = -1;
  while (k + 1 < keys.length && keys[k + 1].at <= entry.start + 0.5) k++;
  if (k >= 0) worst[k] = Math.max(worst[k], entry.duration);
}

const at = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const stats = (values) => {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  if (!sorted.length) return 'aucune mesure';
  return `p50 ${at(sorted, 50).toFixed(1)} ms, p95 ${at(sorted, 95).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms`;
};
// Event Timing: keystrokes it did not report took under 16 ms (0 below).
const timed = [...worst].sort((a, b) => a - b);
const eventFigure = (p) => (at(timed, p) < 16 ? '< 16' : String(at(timed, p)));
const overFrame = worst.filter((d) => d > 16).length;
console.log(`${keys.length} frappes (une toutes les ${interval} ms), ${rounds} passes de ${queries.length} requêtes`);
console.log(
  `  frappe → image peinte (Event Timing, INP) : p50 ${eventFigure(50)} ms, p95 ${eventFigure(95)} ms, max ${timed.at(-1) || '< 16'} ms ; ` +
    `${overFrame} frappe(s) sur ${keys.length} au-delà d’une image (${((overFrame / keys.length) * 100).toFixed(1)} %)`,
);
console.log(
  `  frappe → traitement fini (attente + gestionnaires + rendu React) : ${stats(keys.map((k) => k.processed && k.processed - k.at))}`,
);
console.log(`  frappe → image peinte (mesure de la page) : ${stats(keys.map((k) => k.painted && k.painted - k.at))}`);
// The same count by kind of key: a letter that starts a query (after the field was emptied), the other letters,
// and the keys that empty the field (Control, A, Backspace), whose frames differ (the list comes or goes).
const kindOf = (i) =>
  ['Control', 'Backspace'].includes(keys[i].key) || keys[i - 1]?.key === 'Control'
    ? 'vider le champ'
    : i === 0 || keys[i - 1]?.key === 'Backspace'
      ? 'première lettre'
      : 'autres lettres';
const byKind = new Map();
keys.forEach((_, i) => {
  const count = byKind.get(kindOf(i)) ?? { keys: 0, over: 0 };
  count.keys++;
  if (worst[i] > 16) count.over++;
  byKind.set(kindOf(i), count);
});
console.log(
  `  au-delà d’une image, par sorte de frappe : ${[...byKind].map(([kind, c]) => `${kind} ${c.over}/${c.keys}`).join(', ')}`,
);
// The last keystroke of each query is the one before the Control of « select all ».
const lastKeys = keys.filter((key, i) => key.key !== 'Control' && keys[i + 1]?.key === 'Control');
const answered = lastKeys.map((key, i) => {
  const query = queries[i % queries.length];
  const shown = key && rec.answers.find((answer) => answer.query === query && answer.at >= key.at);
  return shown && shown.at - key.at;
});
console.log(`  dernière frappe d’une requête → sa réponse affichée : ${stats(answered)}`);
const longTasks = rec.longTasks.filter((task) => task.start >= typingStart && task.start <= typingEnd);
const withAnswer = longTasks.filter((task) =>
  rec.answers.some((answer) => answer.at >= task.start && answer.at <= task.start + task.duration),
);
const total = (tasks) => tasks.reduce((sum, task) => sum + task.duration, 0);
console.log(
  `  tâches longues (> 50 ms) pendant la frappe : ${longTasks.length}, ${total(longTasks).toFixed(0)} ms en tout, ` +
    `la plus longue ${Math.max(0, ...longTasks.map((task) => task.duration)).toFixed(0)} ms ; ` +
    `dont ${withAnswer.length} où une réponse s’affiche (${total(withAnswer).toFixed(0)} ms)`,
);
if (tracePath) summariseTrace(tracePath);

/**
 * What the renderer's main thread did during the typing, from the trace: its tasks over 4 ms, grouped by
 * what started them (a key's events, a message from the worker: an answer, a frame), with their total time.
 */
function summariseTrace(file) {
  const { traceEvents } = JSON.parse(fs.readFileSync(file, 'utf8'));
  const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return console.log('  trace : fil principal introuvable');
  const onMain = traceEvents.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur > 4000);
  const groups = new Map();
  for (const task of tasks) {
    const inside = onMain.filter((e) => e.ts >= task.ts && e.ts < task.ts + task.dur && e !== task);
    const dispatch = inside.find((e) => e.name === 'EventDispatch');
    const kind = dispatch
      ? `événement ${dispatch.args?.data?.type}`
      : inside.some((e) => e.name === 'FireAnimationFrame' || e.name === 'UpdateLayoutTree' || e.name === 'Paint')
        ? 'image (style, mise en page, peinture)'
        : inside.some((e) => e.name === 'FunctionCall')
          ? 'script (message, minuterie)'
          : 'autre';
    const group = groups.get(kind) ?? [];
    group.push(task.dur / 1000);
    groups.set(kind, group);
  }
  console.log('  trace, tâches du fil principal de plus de 4 ms :');
  for (const [kind, durations] of [...groups].sort((a, b) => total2(b[1]) - total2(a[1])))
    console.log(`    ${kind} : ${durations.length} tâches, ${total2(durations).toFixed(0)} ms, ${stats(durations)}`);
}
function total2(values) {
  return values.reduce((sum, value) => sum + value, 0);
}
