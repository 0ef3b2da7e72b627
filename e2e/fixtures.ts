import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** The sources as published (content/sources): the truth the portal is checked against. */
export { readSources as readSeeds, readSource } from '@/test-support/seeds/sources';

/**
 * Changes the hash of the page already open (a same-document navigation: no load) and waits for its
 * `hashchange`: once the page has hydrated, its own listener (TargetMarker, registered earlier) has handled it
 * by then, so the checks that follow (which still poll) mostly see the target marked on their first try.
 */
export async function changeHash(page: Page, hash: string) {
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve) => {
        if (location.hash === `#${id}` || (!id && !location.hash)) return resolve();
        window.addEventListener('hashchange', () => resolve(), { once: true });
        location.hash = id;
      }),
    hash,
  );
}

/**
 * The kind of target a deep link lands on: its tag and classes, and its parent's tag (a code row or an alias in
 * a cell, an article's title, a section heading of some level, an alias in a heading or in the text), which
 * choose its landing CSS and scroll.
 */
function targetKinds(page: Page, ids: readonly string[]): Promise<string[]> {
  return page.evaluate(
    (all) =>
      all.map((id) => {
        const element = document.getElementById(id);
        if (!element) return `absent:${id}`;
        return `${element.parentElement?.tagName} > ${[element.tagName, ...[...element.classList].sort()].join('.')}`;
      }),
    ids,
  );
}

/**
 * Deep links to check one by one. The first, the last and the first of each kind of target (targetKinds) are
 * opened as a ticket link opens them (a fresh load); the others by changing the hash of the page already open
 * (changeHash), a same-document navigation through the same landing rules (`:target`, and TargetMarker's
 * `hashchange` listener for `[data-target]`). Every id gets the same checks either way; a table of 30 rows of
 * two kinds costs three page loads.
 */
export async function visitEach(
  page: Page,
  ids: readonly string[],
  open: (id: string) => Promise<void>,
  check: (id: string) => Promise<void>,
) {
  let kinds: string[] = [];
  const opened = new Set<string>();
  let loads = 0;
  for (const [i, id] of ids.entries()) {
    const fresh = i === 0 || i === ids.length - 1 || !opened.has(kinds[i] ?? '');
    if (fresh) {
      await open(id);
      loads++;
    } else {
      await changeHash(page, id);
    }
    if (i === 0) kinds = await targetKinds(page, ids);
    if (fresh) opened.add(kinds[i] ?? '');
    await check(id);
  }
  base.info().annotations.push({
    type: 'deep links',
    description: `${ids.length} checked, ${loads} by a fresh load; kinds: ${[...opened].join(' | ')}`,
  });
}

/** An article page as an agent uses it: open at a deep link, read it, copy a section's link. */
export class ArticlePage {
  constructor(readonly page: Page) {}

  async goto(slug: string, anchor?: string) {
    // A hash change alone is a same-document navigation (no response): start each visit afresh.
    if (anchor) await this.page.goto('about:blank');
    const response = await this.page.goto(`/articles/${slug}${anchor ? `#${anchor}` : ''}`);
    expect(response?.status()).toBe(200);
  }

  article() {
    return this.page.locator('article');
  }

  async visibleText(): Promise<string> {
    return this.article().innerText();
  }

  /** Whether the element named by the URL's hash is marked as the target, and its section highlighted. */
  async targetIsMarked(id: string): Promise<{ isTarget: boolean; background: string }> {
    return this.page.evaluate((targetId) => {
      const element = document.getElementById(targetId);
      const section = element?.closest('section.article-section') ?? element;
      return {
        isTarget: element?.matches(':target, [data-target]') ?? false,
        background: section ? getComputedStyle(section).backgroundColor : '',
      };
    }, id);
  }

  copyLinkButton(headingId: string) {
    return this.page.locator(`[id="${headingId}"]`).getByRole('button', { name: 'Copier le lien vers cette section' });
  }
}

/** A code table page: open at a row, filter it, read a row. */
export class CodeTablePage {
  constructor(readonly page: Page) {}

  async goto(table: string, rowId?: string) {
    if (rowId) await this.page.goto('about:blank');
    const response = await this.page.goto(`/codes/${table}${rowId ? `#${rowId}` : ''}`);
    expect(response?.status()).toBe(200);
  }

  /** The row group (tbody) that a row id lands on: the tbody itself or the one holding the alias. */
  rowFor(rowId: string) {
    return this.page.locator(`tbody.code-group[id="${rowId}"], tbody.code-group:has([id="${rowId}"])`);
  }

  async rowIsMarked(rowId: string): Promise<boolean> {
    return this.page.evaluate((id) => {
      const element = document.getElementById(id);
      const row = element?.closest('tbody');
      if (!element || !row) return false;
      const marked = element.matches(':target, [data-target]');
      return marked && getComputedStyle(row).backgroundColor !== 'rgba(0, 0, 0, 0)';
    }, rowId);
  }

  async filter(text: string) {
    await this.page.getByLabel('Filtrer le tableau').fill(text);
  }

  visibleRows() {
    return this.page.locator('tbody.code-group:visible');
  }
}

/** A wizard as the agent walks it. */
export class WizardPage {
  constructor(readonly page: Page) {}

  async goto(wizard: string, query = '') {
    const response = await this.page.goto(`/assistants/${wizard}${query}`);
    expect(response?.status()).toBe(200);
  }

  heading() {
    return this.page.locator('#assistant-etape');
  }

  stepText() {
    return this.page.getByTestId('wizard-step-text');
  }

  // Each move (an answer too) waits for the URL to change: a click while the previous navigation is pending
  // would follow the old link again (the same step), or take the previous move's URL change for its own.
  async answer(label: string | RegExp) {
    const before = this.page.url();
    await this.page.getByTestId('wizard-answer').filter({ hasText: label }).click();
    await expect(this.page).not.toHaveURL(before);
  }

  async next() {
    const before = this.page.url();
    await this.page.getByRole('link', { name: 'Suivant →' }).click();
    await expect(this.page).not.toHaveURL(before);
  }

  async previous() {
    const before = this.page.url();
    await this.page.getByRole('link', { name: '← Précédent' }).click();
    await expect(this.page).not.toHaveURL(before);
  }
}

/** The results page and the header's instant search. */
export class SearchPage {
  constructor(readonly page: Page) {}

  async goto(query: string) {
    const response = await this.page.goto(`/recherche?q=${encodeURIComponent(query)}`);
    expect(response?.status()).toBe(200);
  }

  input() {
    return this.page.getByRole('main').getByRole('searchbox');
  }

  results() {
    return this.page.getByTestId('search-result');
  }

  async resultHrefs(): Promise<string[]> {
    return this.results().evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  }

  headerBox() {
    return this.page.getByRole('banner').getByRole('combobox');
  }
}

/** Result links of a /recherche page as the server renders it (no JavaScript). */
export function resultHrefsInHtml(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*data-testid="search-result"[^>]*>/g)].map(
    (tag) => /href="([^"]*)"/.exec(tag[0])?.[1]?.replace(/&amp;/g, '&') ?? '',
  );
}

/**
 * What the clipboard holds, in both formats a copy for the ticket writes (the page must be a secure context).
 * A read that starts while the click's write is still going fails with « Clipboard data has changed »
 * (InvalidStateError): that read is started again, a few times, never its content judged.
 */
export async function readClipboard(page: Page): Promise<{ text: string; html: string }> {
  return page.evaluate(async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        const [item] = await navigator.clipboard.read();
        const read = async (type: string) => (item?.types.includes(type) ? (await item.getType(type)).text() : '');
        return { text: await read('text/plain'), html: await read('text/html') };
      } catch (error) {
        if (!(error instanceof DOMException && error.name === 'InvalidStateError') || attempt === 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });
}

/**
 * The first « Original anglais » under `scope` (a section, a code row, a wizard step): its English is loaded when
 * it is opened (components/article/english-disclosure.tsx), so `english` exists only once loaded.
 */
export function englishOriginal(scope: Locator) {
  const details = scope.locator('details.english-original').first();
  return {
    details,
    summary: details.locator('summary'),
    english: details.locator('[lang="en"]'),
    failed: details.getByText('L’original anglais n’a pas pu être chargé.'),
    retry: details.getByRole('button', { name: 'Réessayer' }),
  };
}

/** The ticket actions of one unit (section, code row, wizard step): « Copier pour le ticket », Markdown, print. */
export function ticketActions(unit: Locator) {
  const actions = unit.locator('.ticket-actions').first();
  return {
    copy: actions.getByRole('button', { name: 'Copier pour le ticket', exact: true }),
    markdown: actions.getByRole('button', { name: 'Copier en Markdown' }),
    print: actions.getByRole('button', { name: 'Imprimer cette partie seule' }),
  };
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/**
 * The axe rules whose outcome depends on colours: the only ones a second colour scheme can change (the page's
 * structure, names and roles are the same in light and dark). A page checked in full in one scheme is
 * checked with these alone in the other.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe-core, WCAG A/AA rules (or only the colour rules): the serious and critical violations of the current page. */
export async function seriousA11yViolations(page: Page, scope: 'all' | 'colours' = 'all') {
  // Legacy mode: axe.run in the page itself. The default (runPartial) opens a second, blank page per analysis to
  // merge the frames' results, and parses axe there again: 8 s instead of 4.5 s on a long article, the same
  // violations found (the portal's pages have no frames; a planted low-contrast text and an image without alt
  // are reported either way).
  const builder = new AxeBuilder({ page }).setLegacyMode();
  const results = await (scope === 'colours' ? builder.withRules(COLOUR_RULES) : builder.withTags(WCAG_TAGS)).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}

/**
 * axe on the page already open, in both colour schemes without reloading it: every WCAG A/AA rule in light, then
 * the colour rules in dark (the CSS follows `prefers-color-scheme` live, app/globals.css). Two steps, soft
 * assertions: a light failure still lets the dark check report its own.
 */
export async function expectA11yCleanLightAndDark(
  page: Page,
  label = page.url(),
  darkScope: 'all' | 'colours' = 'colours',
) {
  await base.step('axe, light: every WCAG A/AA rule', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    expect.soft(await seriousA11yViolations(page, 'all'), `${label} (light)`).toEqual([]);
  });
  await base.step(`axe, dark: ${darkScope === 'all' ? 'every WCAG A/AA rule' : 'the colour rules'}`, async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect.soft(await seriousA11yViolations(page, darkScope), `${label} (dark)`).toEqual([]);
  });
}

/** Each URL answers the French 404 (status 404, « Page introuvable », a search box to go on), one step per URL. */
export async function expectFrenchNotFound(page: Page, urls: readonly string[]) {
  for (const url of urls) {
    await base.step(url, async () => {
      const response = await page.goto(url);
      expect.soft(response?.status(), url).toBe(404);
      await expect.soft(page.getByRole('heading', { name: 'Page introuvable' }), url).toBeVisible();
      await expect.soft(page.getByRole('main').getByRole('combobox'), url).toBeVisible();
    });
  }
}

export const test = base.extend<{
  articlePage: ArticlePage;
  codeTablePage: CodeTablePage;
  searchPage: SearchPage;
  wizardPage: WizardPage;
}>({
  wizardPage: async ({ page }, use) => {
    await use(new WizardPage(page));
  },
  searchPage: async ({ page }, use) => {
    await use(new SearchPage(page));
  },
  articlePage: async ({ page }, use) => {
    await use(new ArticlePage(page));
  },
  codeTablePage: async ({ page }, use) => {
    await use(new CodeTablePage(page));
  },
});

export { expect };
