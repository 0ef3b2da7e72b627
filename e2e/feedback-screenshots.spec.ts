// /equipe with a seeded week of data (npm run seed:feedback), on a server of its own: the screenshots of
// docs/feedback.md (desktop 1366 and phone 390, light and dark, the viewport only) and axe on the full page in
// both themes. Opt-in (PORTAIL_CAPTURES=1): it rewrites docs/screenshots/equipe-*.png and seeds its own store,
// which the regular run does not need (e2e/equipe.spec.ts checks the view, axe and the phone width).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onlyOnce, teamAuth } from './feedback-helpers';
import { expect, seriousA11yViolations, test } from './fixtures';
import { E2E_TEAM_SECRET, NEXT_PORT } from './servers';

const port = NEXT_PORT + 4;
const url = `http://localhost:${port}`;
const VIEWPORTS = { bureau: { width: 1366, height: 900 }, telephone: { width: 390, height: 844 } } as const;

test.describe('captures of /equipe with a seeded week', () => {
  test.skip(process.env.PORTAIL_CAPTURES !== '1', 'PORTAIL_CAPTURES=1 : captures de docs/screenshots');
  test.describe.configure({ mode: 'serial' });
  let server: ChildProcess | undefined;
  let dataDir = '';

  test.beforeAll(async ({ request }, testInfo) => {
    onlyOnce(testInfo);
    test.setTimeout(240_000);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portail-captures-'));
    const env = { ...process.env, PORTAIL_DATA_DIR: dataDir, DATABASE_URL: '' };
    const seeded = spawnSync('npx', ['tsx', '--tsconfig', 'tsconfig.json', 'scripts/seed-feedback.ts'], {
      env,
      encoding: 'utf8',
    });
    expect(seeded.status, seeded.stderr).toBe(0);
    server = spawn(process.execPath, ['scripts/server.mjs'], {
      env: { ...env, PORT: String(port), PORTAIL_EQUIPE_SECRET: E2E_TEAM_SECRET, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
    });
    await expect
      .poll(
        () =>
          request.get(`${url}/equipe`, { headers: teamAuth }).then(
            (r) => r.status(),
            () => 0,
          ),
        {
          timeout: 180_000,
        },
      )
      .toBe(200);
  });

  test.afterAll(() => {
    server?.kill('SIGTERM');
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      test(`capture: /equipe ${name} ${colorScheme}`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
        await page.setExtraHTTPHeaders(teamAuth);
        await page.goto(`${url}/equipe`);
        await expect(page.getByRole('heading', { name: 'Recherches sans réponse sûre' })).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        const file = `docs/screenshots/equipe-${name}-${colorScheme === 'light' ? 'clair' : 'sombre'}`;
        await page.screenshot({ path: `${file}.png` });
        // The weekly chart, further down: its own viewport.
        await page
          .getByRole('heading', { name: 'Tendances par semaine' })
          .evaluate((heading) => heading.scrollIntoView());
        await page.screenshot({ path: `${file}-tendances.png` });
      });
    }

    test(`axe with a seeded week: no serious or critical violation (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setExtraHTTPHeaders(teamAuth);
      await page.goto(`${url}/equipe`);
      await page.getByText('Les chiffres de chaque semaine').click();
      expect(await seriousA11yViolations(page)).toEqual([]);
    });
  }
});
