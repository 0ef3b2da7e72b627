import type { Page } from '@playwright/test';
import { routes } from '@/lib/routes';
import { englishOriginal, expect, readClipboard, seriousA11yViolations, test, ticketActions } from './fixtures';

/**
 * « Original anglais »: Learn's English text of a section or a code row, folded under the French and loaded
 * when opened, in the `.md` export, and in the ticket when the agent asks (lib/english,
 * docs/english-originals.md). The export's loading is checked by static-english.spec.ts.
 */
const SECTION = 'troubleshoot-onboarding-when-deploying-with-a-script';
const ORIGINALS = routes.englishOriginals('troubleshoot-onboarding');

/** The « Original anglais » of SECTION, on its article page. */
const sectionOriginal = (page: Page) =>
  englishOriginal(page.locator(`section.article-section:has(> [id="${SECTION}"])`));

test('a section’s English original is loaded when opened from the keyboard, in English', async ({
  articlePage,
  page,
}) => {
  await articlePage.goto('troubleshoot-onboarding', SECTION);
  const original = sectionOriginal(page);
  await expect(original.details).not.toHaveAttribute('open');
  // The page carries the summary, not the English: that comes with the opening.
  await expect(original.english).toHaveCount(0);
  await expect(original.summary).toHaveAccessibleName(
    'Original anglais (Microsoft Learn, en-us) : Résoudre les problèmes d’intégration lors du déploiement avec un script',
  );
  await original.summary.focus();
  const loaded = page.waitForResponse((response) => new URL(response.url()).pathname === ORIGINALS);
  await page.keyboard.press('Enter');
  expect((await loaded).status()).toBe(200);
  await expect(original.details).toHaveAttribute('open');
  await expect(original.english).toContainText('Troubleshoot onboarding when deploying with a script');
  await expect(original.english).toContainText('Look for an event from WDATPOnboarding event source.');
  await expect(original.english.getByRole('note')).toContainText('specific to the onboarding script only');
  // The French stays what the page shows first; the section's link control is untouched.
  await expect(
    page.locator(`[id="${SECTION}"]`).getByRole('button', { name: 'Copier le lien vers cette section' }),
  ).toBeVisible();
});

// A short article: axe over the troubleshoot-onboarding page takes most of a test's time.
test('axe: no serious or critical violation with every original of a page open (thème clair)', async ({
  articlePage,
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await articlePage.goto('configure-proxy');
  const summaries = page.locator('details.english-original > summary');
  const count = await summaries.count();
  expect(count).toBeGreaterThan(2);
  for (const summary of await summaries.all()) await summary.click();
  // One file for the page, however many originals are opened.
  await expect(page.locator('details.english-original[open] > [lang="en"]')).toHaveCount(count);
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('a code row’s English original, code by code', async ({ codeTablePage, page }) => {
  await codeTablePage.goto('script', 'evt-15');
  const original = englishOriginal(page.locator('tbody.code-group[id="evt-15"]'));
  await original.summary.click();
  await expect(original.english).toContainText('Error Type: Failed to start SENSE service');
  await expect(original.english).toContainText('System error 577');
});

test('an original that cannot be loaded says so in French, and loads on « Réessayer »', async ({
  articlePage,
  page,
}) => {
  // What a proxy answers when the file cannot be had.
  await page.route(`**${ORIGINALS}`, (route) =>
    route.fulfill({ status: 502, contentType: 'text/html', body: '<html><body>502 Bad Gateway</body></html>' }),
  );
  await articlePage.goto('troubleshoot-onboarding', SECTION);
  const original = sectionOriginal(page);
  await original.summary.click();
  await expect(original.failed).toBeVisible();
  await expect(original.english).toHaveCount(0);
  await page.unroute(`**${ORIGINALS}`);
  await original.retry.click();
  await expect(original.english).toContainText('Look for an event from WDATPOnboarding event source.');
  await expect(original.failed).toHaveCount(0);
});

test('a wizard step shows its section’s English original, loaded when opened', async ({ wizardPage, page }) => {
  await wizardPage.goto('nic-teaming', '?cas=nouveau&etape=2');
  const original = englishOriginal(page.locator('section.wizard-current'));
  await expect(original.summary).toHaveAccessibleName(
    'Original anglais (Microsoft Learn, en-us) : Problème d’association de cartes réseau du capteur Azure ATP',
  );
  await original.summary.click();
  await expect(original.english).toContainText('Azure ATP sensor NIC teaming issue');
  await expect(original.english).toContainText('Install Npcap with the following options');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an opened original leads to the article’s Markdown export, which holds the English', async ({
    articlePage,
    page,
  }) => {
    await articlePage.goto('troubleshoot-onboarding', SECTION);
    const original = sectionOriginal(page);
    await original.summary.click();
    await expect(original.details.getByRole('link', { name: 'export Markdown' })).toHaveAttribute(
      'href',
      routes.articleMarkdown('troubleshoot-onboarding'),
    );
  });
});

test('the .md export ends each section with its English original, marked', async ({ request }) => {
  const markdown = await (await request.get(routes.articleMarkdown('troubleshoot-onboarding'))).text();
  const section = markdown.split(`{#${SECTION}}`)[1]?.split(/^#{2,4} /m)[0] ?? '';
  expect(section).toContain('> **Original anglais (Microsoft Learn, en-us)**');
  expect(section).toMatch(/^> .*Look for an event from \*\*WDATPOnboarding\*\* event source\./m);
  expect(section).toContain('> **Error Type:** Failed to start SENSE service');
});

test('« Copier pour le ticket » adds the English original when asked, and remembers it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/codes/sense#evt-15');
  const unit = page.locator('tbody.code-group[id="evt-15"]');
  const actions = ticketActions(unit);
  const option = unit.getByRole('checkbox', { name: 'avec l’original anglais' });
  await expect(option).not.toBeChecked();
  await actions.copy.click();
  expect((await readClipboard(page)).text).not.toContain('Original anglais');

  await option.check();
  await actions.copy.click();
  await expect(unit.getByRole('status').filter({ hasText: 'avec l’original anglais' })).toHaveCount(1);
  const copied = await readClipboard(page);
  expect(copied.text).toMatch(/Original anglais \(Microsoft Learn, en-us\) : Event ID: 15\n/);
  expect(copied.html).toContain('<blockquote lang="en"><p><strong>Original anglais (Microsoft Learn, en-us)</strong>');

  await page.reload();
  await expect(
    page.locator('tbody.code-group[id="evt-15"]').getByRole('checkbox', { name: 'avec l’original anglais' }),
  ).toBeChecked();
});
