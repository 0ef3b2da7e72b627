import { resolutionBlocks } from '@/lib/analyse/resolutions';
import { blocksToText } from '@/lib/ticket/blocks';
import { expect, readClipboard, test } from './fixtures';

// The ticket note of /analyse carries each finding's resolution: the blocks « Copier pour le ticket » gives for
// that row (cause, steps, commands), not only its title and link (issue #16).
test('« Copier les résultats pour le ticket » carries the resolution’s steps of a finding', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const href = '/codes/sense#evt-7';
  // The row's resolution steps as its ticket blocks give them, up to their first link (links carry the origin).
  const steps = blocksToText(resolutionBlocks(href) ?? [])
    .split('\n')
    .find((line) => line.startsWith('Étapes de résolution'))
    ?.split(' (')[0];
  expect(steps).toBeTruthy();

  const resolutions = page.waitForResponse((response) => response.url().endsWith('/donnees/resolutions.json'));
  await page.goto('/analyse');
  await page.getByRole('textbox').first().fill('Source: Microsoft-Windows-SENSE\nEvent ID: 7');
  await page.getByRole('button', { name: 'Analyser' }).click();
  await expect(page.getByRole('main').locator(`a[href="${href}"]`).first()).toBeVisible();
  expect((await resolutions).ok()).toBe(true);
  await page.getByRole('button', { name: 'Copier les résultats pour le ticket' }).click();
  await expect(page.getByRole('button', { name: 'Copié' })).toBeVisible();
  const { text } = await readClipboard(page);
  expect(text).toContain('Résolution');
  expect(text).toContain(steps);
});
