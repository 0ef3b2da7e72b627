/**
 * Log analysis benchmark (npm run bench:analyse). Two parts; prints numbers, asserts nothing.
 *
 * 1. In Node: the analysis function alone on 200 KB of each paste shape (test-support/sample-log.ts), with
 *    the real search index: time per run and what was found.
 * 2. In Chromium, on the portal running at BASE_URL (default http://localhost:3000; `npm start`, or the
 *    static export on nginx): /analyse as an agent uses it. For each shape, on a fresh page: the longest
 *    main-thread task from the click on « Analyser » to the findings on screen (the browser's own long-task
 *    observer), the time from that click to the findings, and apart, the longest task of the paste itself
 *    (Ctrl+V: the browser inserting and laying out the text in the field); then, where the page measures its
 *    analyses (`portail:analyse`), the same paste into the emptied field, over that measure (the e2e window). Then the cost of a key press in
 *    the field after a 2 MB paste (Event Timing: key press to the next frame). The same shapes again with
 *    workers refused, the page's fallback (the analysis in slices on the main thread).
 * BENCH_NODE=0 skips part 1, BENCH_BROWSER=0 part 2.
 */
import os from 'node:os';
import { chromium } from '@playwright/test';
import { AnalysePage } from '../e2e/pages/analyse-page';
import { analysePaste } from '../lib/analyse/analyse';
import { PASTE_SHAPES, pasteOfShape, PLANTED } from '../test-support/sample-log';
import { buildSearchData } from '../lib/search/documents';
import { createSearchIndex } from '../lib/search/engine';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const BYTES = 200_000;
const base = process.env.BASE_URL ?? 'http://localhost:3000';
const ms = (value: number) => `${Math.round(value).toLocaleString('fr-FR')} ms`;

if (process.env.BENCH_NODE !== '0') {
  const data = buildSearchData();
  const index = createSearchIndex(data.documents, { thesaurus: data.thesaurus });
  console.log(`Node, fonction d’analyse seule (${BYTES / 1000} Ko par forme, 3 passages) :`);
  for (const shape of PASTE_SHAPES) {
    const paste = pasteOfShape(shape, BYTES);
    const times: number[] = [];
    let analysis = analysePaste(paste, index, data.documents);
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      analysis = analysePaste(paste, index, data.documents);
      times.push(performance.now() - start);
    }
    console.log(
      `  ${shape.padEnd(26)} ${ms(Math.min(...times))}–${ms(Math.max(...times))}, ${analysis.lines} lignes, ${analysis.findings.length} résolution(s)`,
    );
    if (shape === 'journal') {
      const expected = new Set(PLANTED.map((p) => p.expect));
      const found = new Set(analysis.findings.map((f) => f.href));
      console.log(
        `    signaux plantés trouvés ${[...found].filter((href) => expected.has(href)).length}/${expected.size}, en trop ${[...found].filter((href) => !expected.has(href)).length}`,
      );
    }
  }
}

if (process.env.BENCH_BROWSER !== '0') {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const open = async (withWorker = true) => {
    const page = await browser.newPage();
    // As a browser or a policy that refuses workers: the page analyses in slices itself.
    if (!withWorker)
      await page.addInitScript(() => {
        window.Worker = class {
          constructor() {
            throw new DOMException('Worker refusé', 'SecurityError');
          }
        } as unknown as typeof Worker;
      });
    const analysePage = new AnalysePage(page);
    await analysePage.recordMainThread();
    await page.goto(`${base}/analyse`);
    return { page, analysePage };
  };
  const longest = (tasks: readonly { duration: number }[]) =>
    tasks.length ? ms(Math.max(...tasks.map((task) => task.duration))) : 'aucune > 50 ms';

  for (const withWorker of [true, false]) {
    console.log(
      `Chromium, /analyse sur ${base}, ${withWorker ? 'analyse dans le worker' : 'sans worker (repli : la page analyse en tranches)'} ; charge de la machine ${os.loadavg()[0]?.toFixed(1)} :`,
    );
    for (const shape of PASTE_SHAPES) {
      const { page, analysePage } = await open(withWorker);
      // The search data and index load on first use: a small analysis first, so that only the paste is measured.
      await analysePage.analyse('Source: Microsoft-Windows-SENSE\nEvent ID: 7');
      const paste = pasteOfShape(shape, BYTES);
      const { longTasks, pasteTasks, timeToFindings } = await analysePage.measureAnalyse(paste);
      // Where the analysis ran (absent before the worker existed).
      const engine = await page.evaluate(() => document.querySelector('[data-engine]')?.getAttribute('data-engine'));
      console.log(
        `  ${shape.padEnd(26)} clic → résolutions : tâche la plus longue ${longest(longTasks).padEnd(15)} (${longTasks.length} > 50 ms), en ${ms(timeToFindings).padEnd(9)} | collage dans le champ : ${longest(pasteTasks).padEnd(15)}${engine ? ` [${engine}]` : ''}`,
      );
      // The page's own measure of an analysis started by a paste (the e2e test's window), where the page has it.
      if (await page.evaluate(() => performance.getEntriesByName('portail:analyse').length)) {
        const measured = await analysePage.measurePastedAnalysis(paste);
        console.log(
          `  ${''.padEnd(26)} collage → résolutions (mesure de la page) : tâche la plus longue ${longest(measured.longTasks)} (${measured.longTasks.length} > 50 ms), en ${ms(measured.timeToFindings)}`,
        );
      }
      await page.close();
    }
  }

  // A 2 MB paste (the field keeps what is analysed), then key presses at its end: each key press's cost.
  const { page, analysePage } = await open();
  await analysePage.paste(pasteOfShape('journal', 2_000_000));
  await page.waitForTimeout(1_500);
  const held = await analysePage.textarea().evaluate((field: HTMLTextAreaElement) => field.value.length);
  const before = (await analysePage.longTasks()).length;
  const eventsBefore = (await analysePage.slowInputEvents()).length;
  await page.keyboard.press('ControlOrMeta+End');
  const keys = 'erreur sense';
  for (const key of keys) {
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(1_500);
  const typingTasks = (await analysePage.longTasks()).slice(before);
  const slow = (await analysePage.slowInputEvents()).slice(eventsBefore);
  const worstEvent = slow.length ? ms(Math.max(...slow.map((event) => event.duration))) : '< 16 ms';
  console.log(
    `Frappe après un collage de 2 Mo (le champ garde ${held.toLocaleString('fr-FR')} caractères ; ${keys.length} touches) : pire touche → image suivante ${worstEvent}, tâche la plus longue ${longest(typingTasks)} (${typingTasks.length} tâche(s) > 50 ms)`,
  );
  await browser.close();
}
