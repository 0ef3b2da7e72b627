import { CODE_TABLES, type CodeTableId } from '@/lib/tables/code-tables-meta';
import { expect, seriousA11yViolations, test, visitEach } from './fixtures';

/** The row deep links of docs/PRODUCT.md, with a word each row must show. */
const CONTRACT: Record<string, { ids: string[]; text: Record<string, string> }> = {
  script: {
    ids: [5, 10, 15, 30, 35, 40, 65].map((n) => `evt-${n}`),
    text: { 'evt-15': 'Échec du démarrage du service SENSE', 'evt-65': 'Privilèges insuffisants' },
  },
  sense: {
    ids: [5, 6, 7, 9, 10, 15, 17, 25, 27, 29, 30, 32, 55, 63, 64, 68, 69].map((n) => `evt-${n}`),
    text: { 'evt-15': 'canal de commande', 'evt-69': 'Le service est arrêté' },
  },
  intune: {
    ids: ['0x87d1fde8', '0x87d101a9'],
    text: { '0x87d1fde8': 'Échec de la correction', '0x87d101a9': 'SyncML(425)' },
  },
  'non-conformite': { ids: ['cas-1', 'cas-2', 'cas-3'], text: { 'cas-1': 'OOBE' } },
  mdm: { ids: ['evt-1819'], text: { 'evt-1819': 'Échec de la définition de la valeur du nœud' } },
  scp: {
    ids: [
      5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 36, 37, 38, 40, 41,
      42,
    ].map((n) => `code-${n}`),
    text: { 'code-29': 'Erreur générale', 'code-18': 'Erreur de certificat', 'code-36': 'Erreur d’API LDAP' },
  },
};

for (const [table, { ids, text }] of Object.entries(CONTRACT)) {
  test(`/codes/${table}: every row id of the contract is in the server-rendered HTML`, async ({ request }) => {
    const response = await request.get(`/codes/${table}`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(ids.filter((id) => !html.includes(` id="${id}"`))).toEqual([]);
  });

  test(`/codes/${table}: each row deep link lands on its marked row`, async ({ codeTablePage }) => {
    test.setTimeout(120_000);
    await visitEach(
      codeTablePage.page,
      ids,
      (id) => codeTablePage.goto(table, id),
      async (id) => {
        await expect.poll(() => codeTablePage.rowIsMarked(id), { message: id }).toBe(true);
        await expect(codeTablePage.rowFor(id), id).toBeInViewport();
        if (text[id]) await expect(codeTablePage.rowFor(id)).toContainText(text[id]);
      },
    );
  });
}

test('a number inside an enrollment range is named on its row', async ({ codeTablePage, page }) => {
  await codeTablePage.goto('scp', 'code-29');
  await expect(codeTablePage.rowFor('code-29')).toContainText('26-33');
  await expect(page.locator('[id="code-29"]')).toBeVisible();
  await expect(page.locator('[id="code-29"]')).toHaveText('code 29');
});

test('the filter box narrows the table as the agent types', async ({ codeTablePage, page }) => {
  await codeTablePage.goto('scp');
  await codeTablePage.filter('certificat');
  await expect(codeTablePage.visibleRows()).toHaveCount(1);
  await expect(codeTablePage.visibleRows()).toContainText('Erreur de certificat');
  await codeTablePage.filter('synchronisation horloge');
  await expect(codeTablePage.visibleRows()).toHaveCount(1);
  await codeTablePage.filter('introuvable-xyz');
  await expect(codeTablePage.visibleRows()).toHaveCount(0);
  await expect(page.getByTestId('filter-status')).toHaveText('Aucune ligne ne correspond à ce filtre.');
});

test('rows link back to their article section and copy their own link', async ({
  codeTablePage,
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await codeTablePage.goto('intune', '0x87d101a9');
  const row = codeTablePage.rowFor('0x87d101a9');
  await expect(row.getByRole('link', { name: /Source/ })).toHaveAttribute(
    'href',
    '/articles/troubleshoot-onboarding#microsoft-intune-error-codes-and-oma-uris',
  );
  await row.getByRole('button', { name: 'Copier le lien vers 0x87D101A9' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/codes/intune#0x87d101a9`);
});

test('the article and the code page show the same rows (one source of truth)', async ({ page }) => {
  const cellsOf = (selector: string) =>
    page
      .locator(selector)
      .evaluateAll((rows) =>
        rows.map((row) =>
          [...row.querySelectorAll('td')].slice(1).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
        ),
      );
  // The rows of the table, not the folded « Original anglais » under each (e2e/english.spec.ts).
  const rows = 'table[data-table="sense"] tbody tr:not(.english-row)';
  await page.goto('/articles/troubleshoot-onboarding');
  const inArticle = await cellsOf(rows);
  await page.goto('/codes/sense');
  const onPage = await cellsOf(rows);
  expect(inArticle.length).toBe(17);
  expect(onPage).toEqual(inArticle);
});

test('article codes link to their row on the code page', async ({ page }) => {
  await page.goto('/articles/troubleshoot-onboarding');
  await page.locator('table[data-table="script"]').getByRole('link', { name: '35' }).click();
  await expect(page).toHaveURL(/\/codes\/script#evt-35$/);
});

test.describe('code decoder', () => {
  test('works from a link, without typing, in every notation', async ({ page }) => {
    for (const code of ['0x87D1FDE8', '87d1fde8', '-2016281112', '2278686184']) {
      await page.goto(`/codes?code=${encodeURIComponent(code)}`);
      await expect(page.getByTestId('decoder-hex')).toHaveText('0x87D1FDE8');
      await expect(page.getByTestId('decoder-match')).toHaveAttribute('href', '/codes/intune#0x87d1fde8');
    }
  });

  test('decodes as the agent types, with HRESULT parts and the Win32 code', async ({ page }) => {
    await page.goto('/codes');
    await page.getByLabel('Code à décoder').fill('0x80070005');
    await expect(page.getByTestId('decoder-result')).toContainText('FACILITY_WIN32');
    await expect(page.getByTestId('decoder-result')).toContainText('Erreur Win32');
    await expect(page.getByTestId('decoder-unknown')).toContainText('Ce code n’est pas dans nos tables.');
  });

  test('finds every table that knows a small number', async ({ page }) => {
    await page.goto('/codes?code=15');
    await expect(page.getByTestId('decoder-match')).toHaveCount(3);
  });

  test('explains bad input in French, and never runs it', async ({ page }) => {
    page.on('dialog', () => {
      throw new Error('a dialog opened: input was executed');
    });
    for (const [input, message] of [
      ['0x', 'Il manque les chiffres'],
      ['0x123456789', '8 chiffres hexadécimaux'],
      ['<script>alert(1)</script>', 'n’est pas un code reconnu'],
      ['99999999999', 'plage des codes sur 32 bits'],
    ] as const) {
      await test.step(JSON.stringify(input), async () => {
        await page.goto(`/codes?code=${encodeURIComponent(input)}`);
        await expect.soft(page.getByTestId('decoder-error'), input).toContainText(message);
      });
    }
  });
});

test('an unknown code table answers a French 404', async ({ page }) => {
  const response = await page.goto('/codes/inconnue');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
});

// One table per kind of code (events, statuses, cases, 32-bit codes: the columns and the row layout differ
// by kind, not by table), the one with the most rows of the contract; and the decoder's page.
const AXE_TABLES = Object.values(
  Object.fromEntries(
    Object.entries(CONTRACT)
      .sort(([, a], [, b]) => a.ids.length - b.ids.length)
      .map(([table]) => [CODE_TABLES[table as CodeTableId].codeKind, table]),
  ),
);
for (const url of ['/codes', ...AXE_TABLES.map((table) => `/codes/${table}`)]) {
  test(`axe: no serious or critical violation on ${url}`, async ({ page }) => {
    await page.goto(url);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
}
