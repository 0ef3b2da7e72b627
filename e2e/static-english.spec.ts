// The static export (nginx) loads an « Original anglais » from its own file, as next start does from its
// route: /donnees/anglais/<slug>.json is a file of out/ (e2e/english.spec.ts checks the rest on next start).
import { routes } from '@/lib/routes';
import { englishOriginal, expect, test } from './fixtures';

test('on the export, a section’s and a wizard step’s English originals load when opened', async ({
  articlePage,
  wizardPage,
  page,
}) => {
  const section = 'troubleshoot-onboarding-when-deploying-with-a-script';
  await articlePage.goto('troubleshoot-onboarding', section);
  const original = englishOriginal(page.locator(`section.article-section:has(> [id="${section}"])`));
  await expect(original.english).toHaveCount(0);
  const loaded = page.waitForResponse(
    (response) => new URL(response.url()).pathname === routes.englishOriginals('troubleshoot-onboarding'),
  );
  await original.summary.click();
  expect((await loaded).status()).toBe(200);
  await expect(original.english).toContainText('Look for an event from WDATPOnboarding event source.');

  // The export's wizard shows the URL's place in the browser (components/static-export/wizard-from-url.tsx).
  await wizardPage.goto('nic-teaming', '?cas=nouveau&etape=2');
  const step = englishOriginal(page.locator('section.wizard-current'));
  await step.summary.click();
  await expect(step.english).toContainText('Install Npcap with the following options');
});
