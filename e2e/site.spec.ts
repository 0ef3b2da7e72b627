import { ARTICLE_SLUGS } from '@/lib/articles/catalog';
import { expect, expectA11yCleanLightAndDark, expectFrenchNotFound, test } from './fixtures';

test('home lists the articles by product with their sections one click away', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('main').getByRole('combobox')).toBeVisible();
  for (const slug of ARTICLE_SLUGS) await expect(page.locator(`a[href="/articles/${slug}"]`)).toBeVisible();
  await expect(page.locator('a[href="/articles/troubleshooting-atp-known-issues#nic-teaming"]')).toHaveCount(1);
});

test('the header search box submits to /recherche', async ({ page }) => {
  await page.goto('/articles/configure-proxy');
  const box = page.getByRole('banner').getByRole('combobox');
  // Several results, none chosen: Enter opens the results page (a single result would open itself).
  await box.fill('sense');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/recherche\?q=sense/);
});

test('unknown URLs answer a French 404 that offers search', async ({ page }) => {
  await expectFrenchNotFound(page, ['/articles/inconnu', '/nimporte/quoi', '/articles/configure-proxy/plus']);
});

test('every response carries the security headers and no x-powered-by', async ({ request }) => {
  for (const url of ['/', '/articles/configure-proxy', '/inconnu']) {
    const response = await request.get(url);
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("object-src 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['x-powered-by']).toBeUndefined();
  }
});

// One page load per URL: every rule in light, then the colour rules in dark on the same page (COLOUR_RULES).
for (const url of ['/', ...ARTICLE_SLUGS.map((slug) => `/articles/${slug}`)]) {
  test(`axe: no serious or critical violation on ${url} (light and dark)`, async ({ page }) => {
    await page.goto(url);
    await expectA11yCleanLightAndDark(page, url);
  });
}

const PAGES = [
  '/',
  '/codes',
  '/codes/scp',
  '/codes/intune',
  '/recherche?q=erreur%201058',
  '/assistants/nic-teaming',
  '/assistants/mecm-nouveaux-appareils?etape=8',
  ...ARTICLE_SLUGS.map((slug) => `/articles/${slug}`),
];

test('no page is wider than a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const tooWide: string[] = [];
  for (const url of PAGES) {
    await page.goto(url);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390) tooWide.push(`${url}: ${width}px`);
  }
  expect(tooWide).toEqual([]);
});
