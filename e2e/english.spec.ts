import { expect, readClipboard, seriousA11yViolations, test, ticketActions } from './fixtures';

/**
 * « Original anglais »: Learn's English text of a section or a code row, folded under the French, in the
 * `.md` export, and in the ticket when the agent asks (lib/english, docs/english-originals.md).
 */
const SECTION = 'troubleshoot-onboarding-when-deploying-with-a-script';

test('a section’s English original opens from the keyboard, in English', async ({ articlePage, page }) => {
  await articlePage.goto('troubleshoot-onboarding', SECTION);
  const section = page.locator(`section.article-section:has(> [id="${SECTION}"])`);
  const original = section.locator('details.english-original').first();
  await expect(original).not.toHaveAttribute('open');
  const summary = original.locator('summary');
  await expect(summary).toHaveAccessibleName(
    'Original anglais (Microsoft Learn, en-us) : Résoudre les problèmes d’intégration lors du déploiement avec un script',
  );
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(original).toHaveAttribute('open');
  const english = original.locator('[lang="en"]');
  await expect(english).toContainText('Look for an event from WDATPOnboarding event source.');
  await expect(english.getByRole('note')).toContainText('specific to the onboarding script only');
  // The French stays what the page shows first; the section's link control is untouched.
  await expect(
    page.locator(`[id="${SECTION}"]`).getByRole('button', { name: 'Copier le lien vers cette section' }),
  ).toBeVisible();
});

// A short article: axe over the 900 KB troubleshoot-onboarding page takes most of a test's time.
test('axe: no serious or critical violation with every original of a page open (thème clair)', async ({
  articlePage,
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await articlePage.goto('configure-proxy');
  const summaries = page.locator('details.english-original > summary');
  expect(await summaries.count()).toBeGreaterThan(2);
  for (const summary of await summaries.all()) await summary.click();
  await expect(page.locator('details.english-original:not([open])')).toHaveCount(0);
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test('a code row’s English original, code by code', async ({ codeTablePage, page }) => {
  await codeTablePage.goto('script', 'evt-15');
  const original = page.locator('tbody.code-group[id="evt-15"] details.english-original');
  await original.locator('summary').click();
  const english = original.locator('[lang="en"]');
  await expect(english).toContainText('Error Type: Failed to start SENSE service');
  await expect(english).toContainText('System error 577');
});

test('the .md export ends each section with its English original, marked', async ({ request }) => {
  const markdown = await (await request.get('/articles/troubleshoot-onboarding.md')).text();
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
