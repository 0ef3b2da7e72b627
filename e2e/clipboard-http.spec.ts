import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { expect, test, ticketActions } from './fixtures';

/**
 * On a plain-http intranet host the portal is not a secure context: no Clipboard API. This file runs in
 * its own browser, where portail.test resolves to this machine (an insecure origin, unlike localhost).
 */
const port = Number(process.env.E2E_PORT ?? 3100);
test.use({
  baseURL: `http://portail.test:${port}`,
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS.map((arg) =>
      arg.startsWith('--host-resolver-rules=') ? arg.replace('=', '=MAP portail.test 127.0.0.1, ') : arg,
    ),
  },
});

test('copy for the ticket falls back to execCommand with both formats; the clipboard holds them', async ({
  page,
  context,
}) => {
  await page.goto('/codes/sense#evt-15');
  expect(await page.evaluate(() => ({ secure: window.isSecureContext, api: 'clipboard' in navigator }))).toEqual({
    secure: false,
    api: false,
  });
  // What the copy event carried, as the browser hands it to the clipboard.
  await page.evaluate(() => {
    window.addEventListener('copy', (event) => {
      const data = event.clipboardData;
      (window as unknown as { copied: object }).copied = {
        text: data?.getData('text/plain'),
        html: data?.getData('text/html'),
      };
    });
  });
  await ticketActions(page.locator('tbody.code-group[id="evt-15"]')).copy.click();
  await expect(page.getByTestId('copy-failed')).toHaveCount(0);
  const copied = await page.evaluate(() => (window as unknown as { copied: { text: string; html: string } }).copied);
  expect(copied.text).toContain('Événements de l’agent SENSE — Événement 15');
  expect(copied.text).toContain(`Lien : http://portail.test:${port}/codes/sense#evt-15`);
  expect(copied.html).toContain(`<a href="http://portail.test:${port}/codes/sense#evt-15">`);

  // Read back from a secure page of the same browser: the system clipboard holds the ticket.
  await context.grantPermissions(['clipboard-read'], { origin: `http://localhost:${port}` });
  const reader = await context.newPage();
  await reader.goto(`http://localhost:${port}/`);
  expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(copied.text);
});

test('a copy the browser refuses shows a French message', async ({ page }) => {
  await page.goto('/articles/troubleshooting-atp-known-issues');
  await page.evaluate(() => {
    document.execCommand = () => false;
  });
  await ticketActions(page.locator('section.article-section:has(> [id="nic-teaming"])')).copy.click();
  await expect(page.getByTestId('copy-failed')).toBeVisible();
  await expect(page.getByTestId('copy-failed')).toContainText('La copie a échoué');
});
