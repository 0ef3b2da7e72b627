// The static export (nginx) keeps the feedback controls: nginx passes /api/ to next start; when no API
// answers, the controls say so in French and keep the click queued until one does.
import { feedbackControl, storedRate } from './feedback-helpers';
import { expect, test } from './fixtures';
import { NEXT_URL } from './servers';

test('on the export, « Oui » goes through nginx to next start and is acknowledged', async ({ page, request }) => {
  const target = '/articles/troubleshoot-onboarding#troubleshoot-onboarding-issues';
  const before = await storedRate(request, NEXT_URL, target);
  await page.goto(target);
  const section = page.locator('section.article-section', {
    has: page.locator('[id="troubleshoot-onboarding-issues"]'),
  });
  const feedback = feedbackControl(section.first());
  await feedback.yes.click();
  await expect(feedback.status).toHaveText('Réponse « Oui » enregistrée, merci.');
  expect(await storedRate(request, NEXT_URL, target)).toEqual({ ...before, oui: before.oui + 1 });
});

test('on the export with no API behind nginx, the control says so and keeps the click until one answers', async ({
  page,
  request,
}) => {
  const target = '/codes/intune#0x87d101a9';
  const before = await storedRate(request, NEXT_URL, target);
  // What nginx answers when its next start is down.
  await page.route('**/api/**', (route) =>
    route.fulfill({ status: 502, contentType: 'text/html', body: '<html><body>502 Bad Gateway</body></html>' }),
  );
  await page.goto(target);
  const feedback = feedbackControl(page.locator('tbody.code-group[id="0x87d101a9"]'));
  await feedback.no.click();
  await expect(feedback.status).toHaveText(
    'Réponse « Non » — Le serveur ne répond pas : gardé dans ce navigateur, nouvel essai bientôt.',
  );
  expect(await page.evaluate(() => localStorage.getItem('portail-retours-file'))).toContain('"value":"non"');

  await page.unroute('**/api/**');
  await expect(feedback.status).toHaveText('Réponse « Non » enregistrée, merci.', { timeout: 15_000 });
  expect(await storedRate(request, NEXT_URL, target)).toEqual({ ...before, non: before.non + 1 });
});
