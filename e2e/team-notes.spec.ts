import { expect, readClipboard, test, ticketActions } from './fixtures';

/**
 * Issue #17: the team's notes (content/notes/equipe.yml) show under their target as « Note de l’équipe »,
 * in their own style with who wrote them and when, never as Microsoft's text; they go into the ticket copy
 * and the `.md` export marked as the team's.
 */

test('a note on a section shows right under it, marked as the team’s', async ({ articlePage, page }) => {
  await articlePage.goto('troubleshooting-atp-known-issues', 'nic-teaming');
  const section = page.locator('section.article-section:has(> h2#nic-teaming)');
  const note = section.getByTestId('team-note');
  await expect(note).toHaveCount(1);
  await expect(note).toContainText('Note de l’équipe');
  await expect(note).toContainText('JD, 29 novembre 2026');
  await expect(note).toContainText('Npcap 1.0');
  await expect(note).toHaveAttribute('title', /écrite par JD le 29 novembre 2026/);
  await expect(note).toHaveAttribute('lang', 'fr');
  // Never mistaken for Microsoft's text: not a callout, its own frame.
  await expect(note).not.toHaveClass(/callout/);
  expect(await note.evaluate((el) => getComputedStyle(el).borderStyle)).toBe('dashed');
  // Under its own section only.
  await expect(page.getByTestId('team-note')).toHaveCount(1);
});

test('a note on a code row shows in the row, and goes into the ticket copy marked as the team’s', async ({
  codeTablePage,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await codeTablePage.goto('scp', 'code-15');
  const row = codeTablePage.rowFor('code-15');
  const note = row.getByTestId('team-note');
  await expect(note).toContainText('Note de l’équipe');
  await expect(note).toContainText('erreur de traduction automatique');
  await ticketActions(row).copy.click();
  await expect(row.getByRole('status').filter({ hasText: 'Copié pour le ticket' })).toHaveCount(1);
  const copied = await readClipboard(page);
  expect(copied.text).toContain('Note de l’équipe (JD, 29 novembre 2026)');
  expect(copied.text).toContain('erreur de traduction automatique');
});

test('the .md export carries the section’s note, marked as the team’s', async ({ request }) => {
  const response = await request.get('/articles/troubleshooting-atp-known-issues.md');
  expect(response.status()).toBe(200);
  const markdown = await response.text();
  const heading = markdown.indexOf('Problème d’association de cartes réseau du capteur Azure ATP');
  const note = markdown.indexOf('Note de l’équipe (JD, 29 novembre 2026)');
  expect(heading).toBeGreaterThan(0);
  expect(note).toBeGreaterThan(heading);
  expect(markdown.slice(note, note + 400)).toContain('Npcap 1.0');
});
