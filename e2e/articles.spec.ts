import { normalizeForComparison, seedAnchors, seedTextUnits } from '@/test-support/seeds/text-units';
import { expect, readSeeds, test, visitEach } from './fixtures';

const seeds = readSeeds();

test('the seeds name 49 deep links (48 <a name> and the 001 alias)', () => {
  expect(seeds.flatMap(({ raw }) => seedAnchors(raw))).toHaveLength(49);
});

for (const { slug, raw } of seeds) {
  test.describe(`/articles/${slug}`, () => {
    test('every seed anchor is an id in the server-rendered HTML', async ({ request }) => {
      const response = await request.get(`/articles/${slug}`);
      expect(response.status()).toBe(200);
      const html = await response.text();
      const missing = seedAnchors(raw).filter((anchor) => !html.includes(` id="${anchor}"`));
      expect(missing).toEqual([]);
    });

    // One page for both: the text is read once the page is open, then every deep link is visited on it.
    test('shows at least 98% of the seed’s text units; each deep link lands on a visible, marked target', async ({
      articlePage,
      page,
    }) => {
      test.setTimeout(120_000);
      await test.step('at least 98% of the seed’s text units', async () => {
        await articlePage.goto(slug);
        const shown = normalizeForComparison(await articlePage.visibleText());
        const units = seedTextUnits(raw);
        const missing = units.filter((unit) => !shown.includes(normalizeForComparison(unit)));
        const ratio = 1 - missing.length / units.length;
        expect.soft(units.length).toBeGreaterThan(20);
        expect.soft(ratio, `missing units:\n${missing.join('\n')}`).toBeGreaterThanOrEqual(0.98);
      });
      await test.step('each deep link lands on a visible, marked target', async () => {
        await visitEach(
          page,
          seedAnchors(raw),
          (anchor) => articlePage.goto(slug, anchor),
          async (anchor) => {
            // The article title (h1) has no section; every other target's section is highlighted.
            const isTitle = (await page.locator(`h1[id="${anchor}"]`).count()) > 0;
            await expect
              .poll(
                async () => {
                  const marked = await articlePage.targetIsMarked(anchor);
                  return marked.isTarget && (isTitle || marked.background !== 'rgba(0, 0, 0, 0)');
                },
                { message: anchor },
              )
              .toBe(true);
            await expect(page.locator(`[id="${anchor}"]`), anchor).toBeInViewport();
          },
        );
      });
    });
  });
}

test('copy-link copies the absolute URL of the section and says so', async ({
  articlePage,
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await articlePage.goto('troubleshooting-atp-known-issues');
  await articlePage.copyLinkButton('nic-teaming').click();
  await expect(
    page.locator('[id="nic-teaming"] ~ [role="status"], [id="nic-teaming"] [role="status"]').first(),
  ).toHaveText('Lien de la section copié');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}/articles/troubleshooting-atp-known-issues#nic-teaming`,
  );
});

test('code blocks are highlighted and copyable', async ({ articlePage, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await articlePage.goto(
    'troubleshooting-atp-known-issues',
    'silent-installation-error-when-attempting-to-use-powershell',
  );
  const block = page.locator('[data-code-block]').filter({ hasText: 'AccessKey' });
  await expect(block.locator('pre.shiki')).toBeVisible();
  await block.getByRole('button', { name: /Copier/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    './"Azure ATP sensor Setup.exe" /quiet NetFrameworkCommandLineArguments="/q" AccessKey="<Access Key>"',
  );
});

test('links to our articles stay internal, other Learn articles go to Learn', async ({ articlePage, page }) => {
  await articlePage.goto('troubleshooting-atp-known-issues');
  await expect(page.getByRole('link', { name: 'Configurer le proxy pour activer la communication' })).toHaveAttribute(
    'href',
    '/articles/configure-proxy',
  );
  await expect(page.getByRole('link', { name: /^ports/ })).toHaveAttribute(
    'href',
    'https://learn.microsoft.com/fr-fr/azure-advanced-threat-protection/atp-prerequisites#ports',
  );
  await articlePage.goto('troubleshoot-onboarding');
  await expect(page.locator('article a[href="#troubleshoot-onboarding-issues-on-the-device"]').first()).toBeVisible();
});

test('004 shows its French text once and keeps the English original folded', async ({ articlePage, page }) => {
  await articlePage.goto('troubleshoot-onboarding-error-messages', 'no-subscriptions-found');
  const text = await articlePage.visibleText();
  // The seed writes « Windows E5 » with a no-break space.
  expect(text).toContain('Les licences Windows\u00a0E5 et Office\u00a0E5 sont distinctes.');
  expect(text).not.toContain('licenses are separate licenses');
  const english = page.locator('[id="no-subscriptions-found"]').locator('xpath=..').locator('details.english-original');
  await english.locator('summary').click();
  await expect(english.locator('[lang="en"]')).toContainText('licenses are separate licenses.');
});

test('images that are not available show their description', async ({ articlePage, page }) => {
  await articlePage.goto('troubleshooting-atp-known-issues', 'vmware-virtual-machine-sensor-issue');
  await expect(page.getByText('Problème de capteur VMware')).toBeVisible();
});
