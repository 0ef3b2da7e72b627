// The static export (npm run export) served by nginx (npm run serve:static), checked against next start: same
// pages, same ids for every deep link, same security headers, same search results and wizard places from the
// URL. Runs in the `static` project (baseURL = nginx); NEXT_URL is the reference.
import fs from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import { BROTLI_STATIC_MODULE, CACHE_HASHED, CACHE_SHORT } from '@/deploy/nginx-config.mjs';
import { securityHeaders } from '@/lib/security-headers.mjs';
import { expect, expectA11yCleanLightAndDark, expectFrenchNotFound, resultHrefsInHtml, test } from './fixtures';
import { AnalysePage } from './pages/analyse-page';
import sample from './search-sample.json' with { type: 'json' };
import { NEXT_URL } from './servers';

/** Every route next start prerendered at build time: the export must serve each one (generic: new routes too). */
function prerenderedRoutes(): string[] {
  const manifest = JSON.parse(fs.readFileSync('.next/prerender-manifest.json', 'utf8')) as {
    routes: Record<string, unknown>;
  };
  return Object.keys(manifest.routes).filter((route) => !/^\/_(not-found|global-error)$/.test(route));
}
/** Pages that read the URL's query on the server under next start, and in the browser in the export. */
const QUERY_PAGES = ['/recherche', '/codes', '/assistants/nic-teaming', '/assistants/mecm-nouveaux-appareils'];
const UNKNOWN = [
  '/articles/inconnu',
  '/nimporte/quoi',
  '/articles/configure-proxy/plus',
  '/codes/inconnu',
  '/assistants/inconnu',
  '/articles/configure-proxy.html',
];

const mediaType = (contentType: string | undefined) => contentType?.split(';')[0]?.trim();
const idsIn = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]).sort();

async function both(request: APIRequestContext, url: string) {
  const [exported, reference] = await Promise.all([request.get(url), request.get(NEXT_URL + url)]);
  return { exported, reference };
}

test('every page next start prerenders is in the export, with the same type and the same ids', async ({ request }) => {
  const routes = [...prerenderedRoutes(), ...QUERY_PAGES];
  expect(routes).toContain('/articles/configure-proxy');
  for (const url of routes) {
    const { exported, reference } = await both(request, url);
    expect(exported.status(), url).toBe(200);
    expect(mediaType(exported.headers()['content-type']), url).toBe(mediaType(reference.headers()['content-type']));
    // Every #anchor of the URL contract exists in the exported HTML as it does in next start's.
    if (mediaType(reference.headers()['content-type']) === 'text/html' && !url.startsWith('/recherche')) {
      expect(idsIn(await exported.text()), url).toEqual(idsIn(await reference.text()));
    }
  }
});

test('the Markdown of each article, llms.txt and the analyser answer as under next start', async ({ request }) => {
  for (const url of ['/articles/configure-proxy.md', '/articles/troubleshoot-onboarding.md', '/llms.txt', '/analyse']) {
    const { exported, reference } = await both(request, url);
    expect(exported.status(), url).toBe(200);
    expect(mediaType(exported.headers()['content-type']), url).toBe(mediaType(reference.headers()['content-type']));
    if (url !== '/analyse') expect(await exported.text(), url).toBe(await reference.text());
  }
});

test('the analyser runs in its Web Worker under the export’s security headers, with next start’s findings', async ({
  page,
}) => {
  const analysePage = new AnalysePage(page);
  await analysePage.goto();
  await analysePage.analyse('Source: Microsoft-Windows-SENSE\nEvent ID: 7\nLevel: Error');
  await expect(analysePage.findings().first()).toHaveAttribute('href', '/codes/sense#evt-7');
  // A worker refused by the policy would leave the page analysing on its own (« main-thread »).
  await expect(page.getByTestId('analysis-results')).toHaveAttribute('data-engine', 'worker');
});

test('the security headers are those of next start, on pages, data and 404s, and nginx names no version', async ({
  request,
}) => {
  for (const url of [
    '/',
    '/articles/configure-proxy',
    '/recherche?q=0x87D1FDE8',
    '/assistants/nic-teaming?cas=nouveau&etape=2',
    '/donnees/recherche.json',
    '/inconnu',
  ]) {
    const { exported, reference } = await both(request, url);
    for (const { key } of securityHeaders(false)) {
      const name = key.toLowerCase();
      expect(exported.headers()[name], `${name} ${url}`).toBe(reference.headers()[name]);
    }
    expect(exported.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(exported.headers()['x-powered-by']).toBeUndefined();
    expect(exported.headers()['server']).toBe('nginx');
  }
});

test('hashed assets are cached for a year, pages for minutes, and both come precompressed', async ({ request }) => {
  const page = await request.get('/articles/troubleshoot-onboarding', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(page.headers()['cache-control']).toBe(CACHE_SHORT);
  expect(page.headers()['content-encoding']).toBe('gzip');
  expect(page.headers()['vary']).toBe('Accept-Encoding');
  const asset = /<link[^>]+href="(\/_next\/static\/[^"]+\.css)"/.exec(await page.text())?.[1];
  expect(asset).toBeDefined();
  const css = await request.get(asset ?? '', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(css.headers()['cache-control']).toBe(CACHE_HASHED);
  expect(css.headers()['content-encoding']).toBe('gzip');
  const brotli = await request.get('/donnees/recherche.json', { headers: { 'Accept-Encoding': 'br' } });
  expect(brotli.headers()['content-encoding']).toBe(fs.existsSync(BROTLI_STATIC_MODULE) ? 'br' : undefined);
});

test('unknown URLs answer the French 404 with status 404', async ({ page }) => {
  await expectFrenchNotFound(page, UNKNOWN);
});

test('a deep link to a code row lands on the marked row', async ({ codeTablePage }) => {
  await codeTablePage.goto('intune', '0x87d1fde8');
  await expect.poll(() => codeTablePage.rowIsMarked('0x87d1fde8')).toBe(true);
  await codeTablePage.goto('scp', 'code-7');
  await expect.poll(() => codeTablePage.rowIsMarked('code-7')).toBe(true);
});

test("search from the URL in the browser gives next start's results", async ({ searchPage, request }) => {
  for (const { q } of sample.cases.slice(0, 6)) {
    await test.step(q, async () => {
      const reference = resultHrefsInHtml(
        await (await request.get(`${NEXT_URL}/recherche?q=${encodeURIComponent(q)}`)).text(),
      );
      expect.soft(reference.length, q).toBeGreaterThan(0);
      await searchPage.goto(q);
      await expect.soft(searchPage.input(), q).toHaveValue(q);
      await expect.soft.poll(() => searchPage.resultHrefs(), { message: q }).toEqual(reference);
    });
  }
});

test('in the export, typing keeps the box and the URL follows; the header search opens a new query', async ({
  searchPage,
  page,
}) => {
  await searchPage.goto('0x87D1FDE8');
  await expect(searchPage.results().first()).toHaveAttribute('href', '/codes/intune#0x87d1fde8');
  await searchPage.input().fill('');
  await searchPage.input().pressSequentially('evenement 35');
  await expect(searchPage.input()).toBeFocused();
  await expect(searchPage.input()).toHaveValue('evenement 35');
  await expect(page).toHaveURL(/\/recherche\?q=evenement%2035$/);
  await expect(searchPage.results().first()).toHaveAttribute('href', '/codes/script#evt-35');
  // Several instant results, none chosen: Enter opens the results page (a single one would open itself).
  await searchPage.headerBox().fill('evenement 1819');
  await searchPage.headerBox().press('Enter');
  await expect(page).toHaveURL(/\/recherche\?q=evenement%201819$/);
  await expect(searchPage.input()).toHaveValue('evenement 1819');
  await expect(searchPage.results().first()).toHaveAttribute('href', '/codes/mdm#evt-1819');
});

test('without JavaScript, the exported search says so in French and links to the articles', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/recherche?q=0x87D1FDE8');
  // Playwright's text selectors skip <noscript>; the rendered text (innerText) is what the agent reads.
  await expect(page.getByRole('main')).toContainText(
    'La recherche a besoin de JavaScript dans cette version du portail.',
    { useInnerText: true },
  );
  await expect(page.getByRole('main').locator('a[href="/articles/configure-proxy"]')).toBeVisible();
  await context.close();
});

const WIZARD_URLS = [
  '/assistants/nic-teaming?cas=nouveau&etape=2',
  '/assistants/nic-teaming?cas=existant&etape=99',
  '/assistants/nic-teaming?cas=inconnu&etape=2',
  '/assistants/mecm-nouveaux-appareils?etape=8',
  '/assistants/mecm-nouveaux-appareils?etape=abc',
  '/assistants/mecm-nouveaux-appareils?resultat=rien-a-faire',
];
test('wizard places from the URL, as next start shows them', async ({ wizardPage, page }) => {
  for (const url of WIZARD_URLS) {
    await test.step(url, async () => {
      await page.goto(NEXT_URL + url);
      const heading = await wizardPage.heading().innerText();
      const text = await wizardPage.stepText().innerText();
      await page.goto(url);
      await expect.soft(wizardPage.heading(), url).toHaveText(heading);
      await expect.soft.poll(() => wizardPage.stepText().innerText(), { message: url }).toBe(text);
    });
  }
});

test('walking a wizard in the export: Next moves the URL, the step and the focus; reload keeps the place', async ({
  wizardPage,
  page,
}) => {
  await wizardPage.goto('nic-teaming', '?cas=existant&etape=1');
  await expect(wizardPage.heading()).toContainText('Étape 1');
  await wizardPage.next();
  await expect(page).toHaveURL(/\?cas=existant&etape=2$/);
  await expect(wizardPage.heading()).toContainText('Étape 2');
  await expect(wizardPage.heading()).toBeFocused();
  await page.reload();
  await expect(wizardPage.heading()).toContainText('Étape 2');
  await page.goBack();
  await expect(wizardPage.heading()).toContainText('Étape 1');
});

test('the code decoder reads ?code= from the URL in the export', async ({ page }) => {
  await page.goto('/codes?code=0x87D1FDE8');
  await expect(page.getByLabel('Code à décoder')).toHaveValue('0x87D1FDE8');
  await expect(page.getByRole('main').locator('a[href="/codes/intune#0x87d1fde8"]').first()).toBeVisible();
});

// The pages whose export differs from next start (read the URL in the browser, or nginx's 404); the others are
// the same HTML, checked by axe in site.spec.ts and compared with next start above.
for (const url of [
  '/recherche?q=0x87D1FDE8',
  '/assistants/nic-teaming?cas=nouveau&etape=2',
  '/codes?code=0x87D1FDE8',
  '/inconnu',
]) {
  test(`axe on the export: no serious or critical violation on ${url} (light and dark)`, async ({ page }) => {
    await page.goto(url);
    await expect(page.locator('h1').first()).toBeVisible();
    if (url.startsWith('/recherche')) await expect(page.getByTestId('search-result').first()).toBeVisible();
    await expectA11yCleanLightAndDark(page, url);
  });
}
