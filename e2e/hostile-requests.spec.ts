// Requests that once fell outside next.config.mjs's headers (scripts/server.mjs): a bad percent-encoding in a
// dynamic segment answered a bare 500 in English, 308 and 431 carried no security header.
import { expect, test } from './fixtures';
import { BAD_ENCODINGS, expectHeadersTooLarge, expectSecurityHeaders, rawGet } from './hostile-requests';
import { NEXT_URL } from './servers';

for (const target of BAD_ENCODINGS) {
  test(`a bad percent-encoding ${target} answers 400 in French, with every security header`, async () => {
    const response = await rawGet(NEXT_URL, target);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('<html lang="fr">');
    expect(response.body).toContain('Adresse invalide');
    expectSecurityHeaders(response, target);
  });
}

test('the page of a bad address shows its French message in the browser', async ({ page }) => {
  // Chromium sends `%ZZ` as typed: the server gets the bad encoding.
  const response = await page.goto('/articles/%ZZ.md');
  expect(response?.status()).toBe(400);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { name: 'Adresse invalide' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Retour à l’accueil' })).toHaveAttribute('href', '/');
});

test('a query that does not decode is left to the page (search answers)', async () => {
  const response = await rawGet(NEXT_URL, '/recherche?q=%ZZ');
  expect(response.status).toBe(200);
  expectSecurityHeaders(response, '/recherche?q=%ZZ');
});

test('a trailing-slash redirect (308) carries every security header', async () => {
  const response = await rawGet(NEXT_URL, '/articles/configure-proxy/');
  expect(response.status).toBe(308);
  expect(response.headers.location).toBe('/articles/configure-proxy');
  expectSecurityHeaders(response, '308');
});

test('request headers too large answer 431 in French, with every security header', async () => {
  await expectHeadersTooLarge(NEXT_URL);
});

test('not-found pages, static assets and data carry every security header too', async () => {
  for (const target of [
    '/inconnu',
    '/_next/static/inconnu.js',
    '/donnees/recherche.json',
    '/articles/configure-proxy.md',
  ]) {
    expectSecurityHeaders(await rawGet(NEXT_URL, target), target);
  }
});
