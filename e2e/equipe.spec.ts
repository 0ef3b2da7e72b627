// The lead's view: behind the team secret (a form or basic auth), 404 when no secret is configured, tables and
// their CSV exports, reports marked as handled, axe-clean in light and dark.
import { apiPost, newKey, onlyOnce, teamAuth } from './feedback-helpers';
import { expect, expectA11yCleanLightAndDark, seriousA11yViolations, test } from './fixtures';
import { E2E_TEAM_SECRET, NO_SECRET_URL } from './servers';

test('without signing in, /equipe asks for the secret; a wrong one is refused in French, the right one opens it', async ({
  page,
}) => {
  await page.goto('/equipe');
  await expect(page.getByRole('heading', { name: 'Tableau de l’équipe' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Recherches sans réponse sûre' })).toHaveCount(0);
  await page.getByLabel('Secret de l’équipe').fill('pas le bon');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Secret' })).toHaveText('Secret incorrect.');

  await page.getByLabel('Secret de l’équipe').fill(E2E_TEAM_SECRET);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  for (const name of [
    'Recherches sans réponse sûre',
    'Taux de résolution par section et ligne',
    'Signalements à traiter',
    'Tendances par semaine',
  ])
    await expect(page.getByRole('heading', { name })).toBeVisible();
  // The weekly trends: an SVG drawn on the server, with a text alternative.
  await expect(page.locator('svg[role="img"] title').first()).toContainText('Par semaine');

  const csv = await page.request.get('/equipe/csv?table=tendances');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(await csv.text()).toMatch(/^\uFEFFsemaine;recherches;sans_reponse_sure;oui;non;signalements\r\n/);

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByLabel('Secret de l’équipe')).toBeVisible();
  expect((await page.request.get('/equipe/csv?table=tendances')).status()).toBe(401);
});

test('every CSV export answers with basic auth, and an unknown table is a 404', async ({ request, baseURL }) => {
  for (const table of ['lacunes', 'resolutions', 'signalements', 'tendances', 'recherches']) {
    const response = await request.get(`${baseURL}/equipe/csv?table=${table}`, { headers: teamAuth });
    expect(response.status(), table).toBe(200);
  }
  const unknown = await request.get(`${baseURL}/equipe/csv?table=autre`, { headers: teamAuth });
  expect(unknown.status()).toBe(404);
  const wrong = await request.get(`${baseURL}/equipe/csv?table=lacunes`, {
    headers: { Authorization: `Basic ${Buffer.from('x:faux').toString('base64')}` },
  });
  expect(wrong.status()).toBe(401);
});

test('a report is marked as handled and leaves the list', async ({ page, request, baseURL }) => {
  const marker = `a-traiter-${newKey().slice(0, 8)}`;
  const sent = await apiPost(request, baseURL!, '/api/signalements', {
    key: newKey(),
    target: '/codes/sense#evt-65',
    origin: 'code',
    kind: 'etape',
    text: `${marker} : l’étape 3 a changé`,
  });
  expect(sent.status()).toBe(200);
  await page.setExtraHTTPHeaders(teamAuth);
  await page.goto('/equipe');
  const item = page.getByRole('listitem').filter({ hasText: marker });
  await expect(item).toContainText('Étape périmée');
  await item.getByRole('button', { name: 'Marquer comme traité' }).click();
  await expect(page).toHaveURL(/\/equipe#signalements$/);
  await expect(page.getByRole('listitem').filter({ hasText: marker })).toHaveCount(0);
});

test('the lead’s actions refuse another origin and an anonymous caller', async ({ request, baseURL }) => {
  const form = { headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, failOnStatusCode: false };
  const other = await request.post(`${baseURL}/api/equipe/signalements`, {
    ...form,
    headers: { ...form.headers, ...teamAuth, Origin: 'https://evil.example' },
    data: `key=${newKey()}&status=traite`,
  });
  expect(other.status()).toBe(403);
  const anonymous = await request.post(`${baseURL}/api/equipe/signalements`, {
    ...form,
    headers: { ...form.headers, Origin: baseURL! },
    data: `key=${newKey()}&status=traite`,
  });
  expect(anonymous.status()).toBe(401);
});

test('axe: no serious or critical violation on /equipe (light and dark)', async ({ page }, testInfo) => {
  onlyOnce(testInfo);
  await page.setExtraHTTPHeaders(teamAuth);
  await page.goto('/equipe');
  await page.getByText('Les chiffres de chaque semaine').click();
  // Every rule in both schemes, as before they shared one page.
  await expectA11yCleanLightAndDark(page, '/equipe', 'all');
  await page.setExtraHTTPHeaders({});
});

test('axe: no serious or critical violation on the sign-in form', async ({ page }, testInfo) => {
  onlyOnce(testInfo);
  await page.goto('/equipe');
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('axe: no serious or critical violation on an article with a report form open', async ({ page }, testInfo) => {
  onlyOnce(testInfo);
  await page.goto('/articles/configure-proxy');
  await page.getByRole('button', { name: 'Signaler une erreur' }).first().click();
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('/equipe fits a phone screen', async ({ page }, testInfo) => {
  onlyOnce(testInfo);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.setExtraHTTPHeaders(teamAuth);
  await page.goto('/equipe');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('with no secret configured, /equipe and its exports answer 404', async ({ request }, testInfo) => {
  // Its own server, started without the secret by playwright.config.ts (not waited for there: here).
  onlyOnce(testInfo);
  test.setTimeout(120_000);
  await expect
    .poll(
      () =>
        request.get(NO_SECRET_URL, { failOnStatusCode: false }).then(
          (r) => r.status(),
          () => 0,
        ),
      { timeout: 90_000 },
    )
    .toBe(200);
  const response = await request.get(`${NO_SECRET_URL}/equipe`, { failOnStatusCode: false });
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('Page introuvable');
  const csv = await request.get(`${NO_SECRET_URL}/equipe/csv?table=lacunes`, {
    headers: teamAuth,
    failOnStatusCode: false,
  });
  expect(csv.status()).toBe(404);
});
