import { expect, type Page } from '@playwright/test';

/** A main-thread task the browser reported as long (over 50 ms), in the page's `performance.now()` time. */
export type LongTask = { start: number; duration: number };

/** What one paste-and-analyse cost the page's main thread. */
export type AnalyseCost = {
  /** Long tasks that overlap the analysis, up to its findings on screen. */
  longTasks: LongTask[];
  /** From the start of the analysis (the click on « Analyser », or the paste) to the findings in the page. */
  timeToFindings: number;
};

/** A pasted analysis's cost, with the turns of the event loop it gave back. */
export type PastedAnalyseCost = AnalyseCost & {
  /**
   * How many times a task queued by the page (a `setTimeout(0)` chain) ran during the analysis: the turns of
   * the event loop the analysis gave back. A count, not a duration: a busy machine stretches tasks, not this.
   */
  turns: number;
};

type Recorder = { longTasks: LongTask[]; events: { name: string; duration: number }[] };
const recorder = (page: Page) =>
  page.evaluate(() => (window as unknown as { __perf: Recorder }).__perf) as Promise<Recorder>;

/** The log analyser as an agent uses it: paste a log, analyse, read the findings, open one. */
export class AnalysePage {
  constructor(readonly page: Page) {}

  /**
   * Records every long task and every slow input event of the page from its first script on: call before
   * goto. Uses the browser's own observers (not wall-clock timing, which a busy machine skews).
   */
  async recordMainThread() {
    await this.page.addInitScript(() => {
      const perf: Recorder = { longTasks: [], events: [] };
      (window as unknown as { __perf: Recorder }).__perf = perf;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          perf.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
      // Event Timing: from the key press to the next frame painted (entries of 16 ms or more only).
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) perf.events.push({ name: entry.name, duration: entry.duration });
      }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
    });
  }

  async goto() {
    const response = await this.page.goto('/analyse');
    expect(response?.status()).toBe(200);
  }

  textarea() {
    return this.page.getByRole('main').getByRole('textbox', { name: 'Texte à analyser' });
  }

  findings() {
    return this.page.getByTestId('analysis-finding');
  }

  /** The line that says how much of the paste is analysed and kept, when the paste is cut. */
  cutNote() {
    return this.page.getByTestId('paste-cut-note');
  }

  /**
   * Puts `text` in the field by a paste over a field that is not empty, so that the paste itself starts
   * nothing. A paste, not `fill`: Chromium inserts typed text line by line, which takes seconds for a long log.
   */
  async put(text: string) {
    await this.textarea().fill('x');
    await this.paste(text);
    await expect(this.textarea()).not.toHaveValue('x');
  }

  /** Puts `text` in the field and clicks « Analyser ». */
  async analyse(text: string) {
    await this.put(text);
    await this.page.getByRole('button', { name: 'Analyser', exact: true }).click();
    await expect(this.page.getByText(/lignes? lues? en/)).toBeVisible({ timeout: 30_000 });
  }

  /** Pastes `text` as the agent does (clipboard, then Ctrl+V), replacing what the field holds. */
  async paste(text: string) {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await this.page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await this.textarea().focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('ControlOrMeta+V');
  }

  /**
   * Pastes `text` over a field that is not empty (so that the paste itself starts nothing), lets the page
   * settle, then clicks « Analyser » (needs `recordMainThread` before goto). The long tasks of the paste (the
   * browser laying the text out in the field) and those of the analysis, from the click to the findings on
   * screen, are told apart.
   */
  async measureAnalyse(text: string): Promise<AnalyseCost & { pasteTasks: LongTask[] }> {
    await this.textarea().fill('x');
    const pasted = await this.page.evaluate(() => performance.now());
    await this.paste(text);
    await expect
      .poll(() => this.textarea().evaluate((field: HTMLTextAreaElement) => field.value.length))
      .toBeGreaterThan(1);
    await this.page.evaluate(() => {
      const perf = (window as unknown as { __perf: Recorder & { click?: number; shown?: number } }).__perf;
      perf.click = undefined;
      perf.shown = undefined;
      document.addEventListener('click', (event) => (perf.click = event.timeStamp), { capture: true, once: true });
      // After the click, the previous result goes first (« Analyse en cours… »), then the new one arrives.
      const observer = new MutationObserver(() => {
        if (perf.click !== undefined && /lignes? lues? en/.test(document.querySelector('main')?.textContent ?? '')) {
          perf.shown = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await this.page.getByRole('button', { name: 'Analyser', exact: true }).click();
    await expect(this.page.getByText(/lignes? lues? en/)).toBeVisible({ timeout: 90_000 });
    // Long-task entries arrive after their task: wait two frames and a task before reading them.
    await this.page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))),
    );
    const perf = (await recorder(this.page)) as Recorder & { click: number; shown: number };
    const overlapping = (from: number, to: number) =>
      perf.longTasks.filter((task) => task.start + task.duration > from && task.start < to);
    return {
      pasteTasks: overlapping(pasted, perf.click),
      longTasks: overlapping(perf.click, perf.shown),
      timeToFindings: perf.shown - perf.click,
    };
  }

  /**
   * Pastes `text` into the emptied field, as an agent does: the page analyses it at once. Returns the long
   * tasks that overlap the analysis, from its start to its findings on the page (the page's own User Timing
   * measure, `portail:analyse`), and its duration. Needs `recordMainThread` before goto.
   */
  async measurePastedAnalysis(text: string): Promise<PastedAnalyseCost> {
    await this.page.getByRole('button', { name: 'Effacer' }).click();
    await expect(this.page.getByText(/lignes? lues? en/)).toHaveCount(0);
    const before = await this.page.evaluate(() => performance.getEntriesByName('portail:analyse').length);
    // A chain of zero-delay timeouts: each link runs only when no other task holds the main thread.
    await this.page.evaluate(() => {
      const ticks: number[] = [];
      const state = window as unknown as { __ticks: number[]; __ticking: boolean };
      Object.assign(state, { __ticks: ticks, __ticking: true });
      const tick = () => {
        ticks.push(performance.now());
        if (state.__ticking) setTimeout(tick, 0);
      };
      setTimeout(tick, 0);
    });
    await this.paste(text);
    await expect(this.page.getByText(/lignes? lues? en/)).toBeVisible({ timeout: 90_000 });
    await expect
      .poll(() => this.page.evaluate(() => performance.getEntriesByName('portail:analyse').length))
      .toBeGreaterThan(before);
    // Long-task entries arrive after their task: wait two frames and a task before reading them.
    await this.page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))),
    );
    const measure = await this.page.evaluate(() => {
      const entry = performance.getEntriesByName('portail:analyse').at(-1) as PerformanceEntry;
      return { start: entry.startTime, end: entry.startTime + entry.duration };
    });
    const ticks = await this.page.evaluate(() => {
      const state = window as unknown as { __ticks: number[]; __ticking: boolean };
      state.__ticking = false;
      return state.__ticks;
    });
    const { longTasks } = await recorder(this.page);
    return {
      longTasks: longTasks.filter((task) => task.start + task.duration > measure.start && task.start < measure.end),
      timeToFindings: measure.end - measure.start,
      turns: ticks.filter((at) => at > measure.start && at < measure.end).length,
    };
  }

  /** Input events (key presses) of the page that took 16 ms or more to the next frame, since it opened. */
  async slowInputEvents(): Promise<{ name: string; duration: number }[]> {
    return (await recorder(this.page)).events;
  }

  /** Long tasks of the page since it opened. */
  async longTasks(): Promise<LongTask[]> {
    return (await recorder(this.page)).longTasks;
  }

  async findingHrefs(): Promise<string[]> {
    return this.findings().evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  }
}

/** Pastes `text` into the focused element as a real paste event carries it (clipboardData). */
export async function pasteInto(page: Page, selector: string, text: string) {
  await page.locator(selector).evaluate((element, value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}
