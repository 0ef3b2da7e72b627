import fs from 'node:fs';
import path from 'node:path';
import { expect, resultHrefsInHtml, seriousA11yViolations, test } from './fixtures';

type Case = { q: string; expect: string[]; noAnswer?: boolean };
/** The answerable cases of a set (no-answer cases are checked for « Aucune résolution sûre » instead). */
const load = (file: string): Case[] =>
  (JSON.parse(fs.readFileSync(file, 'utf8')).cases as Case[]).filter((c) => !c.noAnswer);
const sample = load(path.resolve(process.cwd(), 'e2e/search-sample.json'));
const own = load(path.resolve(process.cwd(), 'e2e/search-cases.json'));

test('we keep at least 40 search cases of our own', () => {
  expect(own.length).toBeGreaterThanOrEqual(40);
});

for (const [source, cases] of [
  ['sample', sample],
  ['ours', own],
] as const) {
  test.describe(`search cases (${source}), top 3 through /recherche?q= on first load`, () => {
    for (const c of cases) {
      test(c.q.slice(0, 70), async ({ request }) => {
        const response = await request.get(`/recherche?q=${encodeURIComponent(c.q)}`);
        expect(response.status()).toBe(200);
        const top3 = resultHrefsInHtml(await response.text()).slice(0, 3);
        expect(
          top3.some((href) => c.expect.some((pattern) => new RegExp(pattern).test(href))),
          `top 3: ${JSON.stringify(top3)}`,
        ).toBe(true);
      });
    }
  });
}

test('results update as the agent types and the URL follows', async ({ searchPage, page }) => {
  await searchPage.goto('');
  await searchPage.input().fill('hyperthreading');
  await expect(searchPage.results().first()).toHaveAttribute(
    'href',
    '/articles/troubleshooting-atp-known-issues#multi-processor-group-mode',
  );
  await expect(page).toHaveURL(/\/recherche\?q=hyperthreading$/);
  await searchPage.input().fill('0x87d101a9');
  await expect(searchPage.results().first()).toHaveAttribute('href', '/codes/intune#0x87d101a9');
  await expect(searchPage.results().first().locator('xpath=..').locator('mark').first()).toBeVisible();
});

test('a query typed after the field was emptied never shows the last query’s list; its first rows come while typing, the whole list once it pauses', async ({
  searchPage,
  page,
}) => {
  await searchPage.goto('');
  await searchPage.input().fill('hyperthreading');
  await expect(page.locator('main [data-answered-query="hyperthreading"]')).toBeAttached();
  await expect(searchPage.results().first()).toBeVisible();
  // From here on, any list on screen while the field holds something else is the last query's list.
  await page.evaluate(() => {
    const seen = { staleLists: [] as string[], rowsWhileTyping: 0 };
    (window as unknown as { seen: typeof seen }).seen = seen;
    const input = document.querySelector<HTMLInputElement>('main input[type="search"]')!;
    new MutationObserver(() => {
      const region = document.querySelector('main [data-answered-query]');
      const rows = document.querySelectorAll('main [data-testid="search-result"]').length;
      const shown = region?.getAttribute('data-answered-query');
      if (rows && input.value && input.value !== 'hyperthreading' && shown === 'hyperthreading')
        seen.staleLists.push(input.value);
      // Typing « erreur » and not done yet: a key every 80 ms, far under the pause (300 ms) that draws every row.
      if (input.value && input.value !== 'erreur' && input.value !== 'hyperthreading')
        seen.rowsWhileTyping = Math.max(seen.rowsWhileTyping, rows);
    }).observe(document.querySelector('main')!, { subtree: true, childList: true, attributes: true });
  });
  await searchPage.input().fill('');
  await expect(page.getByText('Saisissez une erreur, un code')).toBeVisible();
  await expect(searchPage.results()).toHaveCount(0);
  await searchPage.input().pressSequentially('erreur', { delay: 80 });
  await expect(page.locator('main [data-answered-query="erreur"]')).toBeAttached();
  // While the agent types, each answer draws its first rows only; once the typing pauses, all of them.
  await expect(searchPage.results()).toHaveCount(20);
  const seen = await page.evaluate(
    () => (window as unknown as { seen: { staleLists: string[]; rowsWhileTyping: number } }).seen,
  );
  expect(seen.staleLists).toEqual([]);
  // 0 when a loaded machine answered only after the last key; 20 when every answer drew its whole list.
  expect(seen.rowsWhileTyping).toBeLessThanOrEqual(5);
});

test('the field is drawn on its own layer: a key rasters the field, not the results beside it', async ({
  searchPage,
  page,
}) => {
  await searchPage.goto('erreur');
  await expect(searchPage.results().first()).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: 'main input[type="search"]',
  });
  const { node } = await cdp.send('DOM.describeNode', { nodeId });
  const layersOfField = async () => {
    const changed = new Promise<{ backendNodeId?: number }[]>((resolve) =>
      cdp.on('LayerTree.layerTreeDidChange', ({ layers }) => layers && resolve(layers)),
    );
    await cdp.send('LayerTree.enable');
    // A frame after enabling reports the tree: a key in the field asks for one.
    await searchPage.input().press('End');
    return (await changed).filter((layer) => layer.backendNodeId === node.backendNodeId).length;
  };
  expect(await layersOfField()).toBe(1);
});

test('no result shows suggestions, never a blank page', async ({ searchPage, page }) => {
  await searchPage.goto('zzqxw kkvvy');
  const empty = page.getByTestId('search-empty');
  await expect(empty).toBeVisible();
  await expect(empty.getByRole('link', { name: 'tables de codes' })).toHaveAttribute('href', '/codes');
  await expect(empty.getByRole('link', { name: 'États d’inscription SCP / SenseCM' })).toHaveAttribute(
    'href',
    '/codes/scp',
  );
  // Typing brings results back without a reload.
  await searchPage.input().fill('hypertreadding');
  await expect(searchPage.results().first()).toHaveAttribute(
    'href',
    '/articles/troubleshooting-atp-known-issues#multi-processor-group-mode',
  );
});

test('the header box: / and Ctrl+K focus it, arrows and Enter open a result', async ({ searchPage, page }) => {
  await page.goto('/articles/configure-proxy');
  await page.locator('body').click();
  await page.keyboard.press('/');
  await expect(searchPage.headerBox()).toBeFocused();
  await page.locator('body').click();
  await page.keyboard.press('Control+k');
  await expect(searchPage.headerBox()).toBeFocused();
  await searchPage.headerBox().fill('LDAP');
  // The search data loads on first focus: under a loaded CI machine that can take a few seconds.
  await expect(page.getByRole('option').first()).toContainText('LDAP', { timeout: 15_000 });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/codes\/scp#code-36$/);
});

test('opening a result lands on the marked row with the matched words highlighted', async ({ searchPage, page }) => {
  await searchPage.goto('Attendez la fin de l’opération OOBE');
  await searchPage.results().first().click();
  await expect(page).toHaveURL(/\/codes\/non-conformite#cas-1$/);
  await expect
    .poll(() => page.evaluate(() => document.getElementById('cas-1')?.matches(':target, [data-target]')))
    .toBe(true);
  await expect.poll(() => page.evaluate(() => (CSS.highlights.get('search-terms')?.size ?? 0) > 0)).toBe(true);
});

test('article pages ship no search data; it is fetched on first use only', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/donnees/recherche.json')) fetched.push(request.url());
  });
  await page.goto('/articles/troubleshoot-onboarding');
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  const html = await (await page.request.get('/articles/troubleshoot-onboarding')).text();
  expect(html).not.toContain('/donnees/recherche.json"');
  await page.getByRole('banner').getByRole('combobox').focus();
  await expect.poll(() => fetched.length).toBe(1);
});

test('article pages download no search code until a search box is focused', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    // The search worker's scripts too (Chromium reports a worker's requests to its page, typed « other »).
    if (/\.js(\?|$)/.test(new URL(response.url()).pathname)) scripts.push(response.url());
  });
  await page.goto('/articles/troubleshoot-onboarding');
  await page.waitForLoadState('networkidle');
  // fuse.js option names survive minification: a script holding one carries the search engine.
  const holdsEngine = async (urls: readonly string[]) => {
    const bodies = await Promise.all(urls.map(async (url) => (await page.request.get(url)).text()));
    return bodies.filter((body) => body.includes('ignoreFieldNorm')).length;
  };
  const before = [...scripts];
  expect(before.length).toBeGreaterThan(0);
  expect(await holdsEngine(before)).toBe(0);
  await page.getByRole('banner').getByRole('combobox').focus();
  await expect.poll(() => scripts.length).toBeGreaterThan(before.length);
  await expect.poll(() => holdsEngine(scripts.slice(before.length))).toBeGreaterThan(0);
  // The page itself never loads the engine: its own resource timeline (a worker's is its own) holds none.
  const ownScripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => /\.js(\?|$)/.test(new URL(name).pathname)),
  );
  expect(await holdsEngine(ownScripts)).toBe(0);
});

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '.*+?^${}()|[]\\ (((',
  'a'.repeat(5000),
  'Échec 😀🔥 du démarrage ‮ service ‏SENSE',
  '%00%ff%%',
];

for (const query of HOSTILE) {
  test(`hostile input ${JSON.stringify(query.slice(0, 30))} never executes nor breaks`, async ({
    searchPage,
    page,
  }) => {
    page.on('dialog', () => {
      throw new Error('a dialog opened: input was executed');
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await searchPage.goto(query);
    await expect(page.getByRole('heading', { name: 'Recherche', level: 1 })).toBeVisible();
    await searchPage.input().fill(`${query} x`);
    await expect(page.getByTestId('search-result').or(page.getByTestId('search-empty')).first()).toBeVisible();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
}

for (const query of ['erreur 1058', 'zzqxw kkvvy']) {
  test(`axe: no serious or critical violation on /recherche?q=${query}`, async ({ searchPage, page }) => {
    await searchPage.goto(query);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
}

test.describe('confidence an agent can see', () => {
  test('each result says how sure it is: exact match, probable, possible', async ({ searchPage, page }) => {
    await searchPage.goto('0x87D1FDE8');
    await expect(
      page.getByRole('listitem').filter({ has: searchPage.results().first() }).getByText('Correspondance exacte'),
    ).toBeVisible();
    await searchPage.goto('mode groupe multiprocesseur');
    await expect(
      page.getByRole('listitem').filter({ has: searchPage.results().first() }).getByText('Probable', { exact: true }),
    ).toBeVisible();
    await expect(page.getByTestId('no-sure-answer')).toHaveCount(0);
  });

  test('a question the articles do not answer: « Aucune résolution sûre » above guesses marked « Possible »', async ({
    searchPage,
    page,
  }) => {
    await searchPage.goto('imprimante réseau hors ligne');
    await expect(page.getByText('Aucune résolution sûre')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Chercher sur Microsoft Learn' })).toHaveAttribute(
      'href',
      /^https:\/\/learn\.microsoft\.com\/fr-fr\/search\/\?terms=imprimante/,
    );
    const confidence = page.getByTestId('confidence');
    await expect(confidence.first()).toHaveText('Possible');
    expect(new Set(await confidence.allTextContents())).toEqual(new Set(['Possible']));
  });
});

test('an English Event Viewer copy with the short provider name lands on its SENSE row', async ({ searchPage }) => {
  await searchPage.goto(
    'Log Name: Microsoft-Windows-SENSE/Operational\nSource: SENSE\nEvent ID: 7\nLevel: Error\nDescription:\nWindows Defender Advanced Threat Protection service failed to read the onboarding parameters. Failure code: 0x80070005',
  );
  await expect(searchPage.results().first()).toHaveAttribute('href', '/codes/sense#evt-7');
  // Its failure code is Windows' own: named, not matched to a row.
  await expect(searchPage.page.getByTestId('windows-code')).toContainText('erreur Win32 5 (Accès refusé)');
});
