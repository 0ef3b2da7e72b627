import { inlineMarkdownToText, normalizeForComparison } from '@/test-support/seeds/text-units';
import { htmlToText } from '@/test-support/seeds/html-text';
import { expect, readClipboard, readSource, seriousA11yViolations, test, type WizardPage } from './fixtures';

/**
 * The numbered lists of a seed section, each item as plain text: what each step must show. A list runs
 * over its numbered lines, indented lines and blank lines; any other line ends it.
 */
function seedLists(slug: string, anchor: string): string[][] {
  const raw = readSource(slug);
  const section = raw.slice(raw.indexOf(`"${anchor}"`));
  const next = section.indexOf('\n## ');
  const lists: string[][] = [];
  let current: string[] | undefined;
  for (const line of (next > 0 ? section.slice(0, next) : section).split('\n').slice(1)) {
    const item = /^\d+\.\s+(.*)$/.exec(line);
    if (item) {
      if (!current) lists.push((current = []));
      current.push(inlineMarkdownToText(item[1] as string));
    } else if (line.trim() && !/^\s/.test(line)) {
      current = undefined;
    }
  }
  return lists;
}

const nicLists = seedLists('troubleshooting-atp-known-issues', 'nic-teaming');
const mecmSteps = seedLists('troubleshoot-onboarding', 'confirming-onboarding-of-newly-built-devices').at(-1) ?? [];
const shows = (text: string, expected: string) =>
  normalizeForComparison(text).includes(normalizeForComparison(expected));

test('the seeds give the lists the wizards walk', () => {
  expect(nicLists.map((list) => list.length)).toEqual([1, 3, 4]);
  expect(mecmSteps).toHaveLength(28);
});

test.describe('NIC teaming', () => {
  test('start: Npcap 0.9984 download with its notes, then the question', async ({ wizardPage, page }) => {
    await wizardPage.goto('nic-teaming');
    const text = await wizardPage.stepText().innerText();
    expect(shows(text, nicLists[0]![0]!)).toBe(true);
    expect(text).toContain('version OEM du pilote Npcap');
    expect(text).toContain('Gestion des licences NPCAP');
    await expect(page.getByRole('group', { name: 'Le capteur est-il déjà installé ?' })).toBeVisible();
  });

  for (const [cas, label, list] of [
    ['nouveau', /pas encore installé/, nicLists[1]!],
    ['existant', /déjà installé/, nicLists[2]!],
  ] as const) {
    test(`path « ${cas} »: every step, in order, as the article gives it`, async ({ wizardPage, page }) => {
      await wizardPage.goto('nic-teaming');
      await wizardPage.answer(label);
      for (let i = 0; i < list.length; i++) {
        await expect(page).toHaveURL(new RegExp(`/assistants/nic-teaming\\?cas=${cas}&etape=${i + 1}$`));
        await expect(wizardPage.heading()).toContainText(`Étape ${i + 1}`);
        await expect(page.getByText(`Étape ${i + 1} sur ${list.length}`)).toBeVisible();
        expect(shows(await wizardPage.stepText().innerText(), list[i]!), list[i]).toBe(true);
        if (i < list.length - 1) await wizardPage.next();
      }
      await expect(page.getByText('Dernière étape : procédure terminée.')).toBeVisible();
      await expect(
        page.getByRole('button', { name: 'Copier la commande loopback_support=no & winpcap_mode=yes' }),
      ).toHaveCount(0);
    });
  }

  test('the Npcap step has the command with a copy button and the GUI alternative', async ({
    wizardPage,
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await wizardPage.goto('nic-teaming', '?cas=existant&etape=3');
    await expect(wizardPage.stepText()).toContainText('support de bouclage');
    await page.getByRole('button', { name: 'Copier la commande loopback_support=no & winpcap_mode=yes' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('loopback_support=no & winpcap_mode=yes');
  });

  test('Back, Forward and reload keep the place; focus moves to the new step', async ({ wizardPage, page }) => {
    await wizardPage.goto('nic-teaming', '?cas=existant&etape=1');
    await wizardPage.next();
    await expect(page).toHaveURL(/etape=2$/);
    await expect(wizardPage.heading()).toBeFocused();
    await wizardPage.next();
    await expect(page).toHaveURL(/etape=3$/);
    await page.goBack();
    await expect(page).toHaveURL(/etape=2$/);
    await expect(wizardPage.heading()).toContainText('Étape 2 — Désinstaller WinPcap');
    await page.goForward();
    await expect(wizardPage.heading()).toContainText('Étape 3');
    await page.reload();
    await expect(wizardPage.heading()).toContainText('Étape 3');
    await wizardPage.previous();
    await expect(page).toHaveURL(/etape=2$/);
  });

  test('bad parameters fall back to a valid step', async ({ wizardPage }) => {
    await expectFallbacks(wizardPage, 'nic-teaming', [
      ['?cas=zzz&etape=2', 'Télécharger Npcap 0.9984'],
      ['?cas=nouveau&etape=999', 'Étape 3 — Installer le capteur'],
      ['?cas=nouveau&etape=abc', 'Étape 1 — Désinstaller WinPcap'],
      ['?cas=existant&etape=-1', 'Étape 1 — Désinstaller le capteur'],
      ['?etape=3', 'Télécharger Npcap 0.9984'],
    ]);
  });

  test('the ticket summary names the wizard, the answer, the steps walked and the link to resume', async ({
    wizardPage,
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await wizardPage.goto('nic-teaming');
    await wizardPage.answer(/déjà installé/);
    await wizardPage.next();
    await wizardPage.next();
    await expect(wizardPage.heading()).toContainText('Étape 3 —');
    await page.getByRole('button', { name: 'Copier le résumé pour le ticket' }).click();
    // The write is done when the page says so; reading before would read the clipboard as it was.
    await expect(page.getByRole('button', { name: 'Résumé copié' })).toBeVisible();
    const { text, html } = await readClipboard(page);
    expect(text).toContain('Assistant : Installer le capteur Azure ATP');
    expect(text).toContain('Le capteur est-il déjà installé ? Oui, le capteur est déjà installé');
    expect(text).toMatch(/^1\. Désinstaller le capteur$/m);
    expect(text).toMatch(/^2\. Désinstaller WinPcap$/m);
    expect(text).toContain('Étape en cours : 3 sur 4');
    expect(text).toContain(`Lien : ${baseURL}/assistants/nic-teaming?cas=existant&etape=3`);
    expect(html).toContain(`href="${baseURL}/assistants/nic-teaming?cas=existant&amp;etape=3"`);
    await page.getByRole('button', { name: 'Résumé en Markdown' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
      `Lien : <${baseURL}/assistants/nic-teaming?cas=existant&etape=3>`,
    );
  });

  test('the print view holds the whole path chosen', async ({ wizardPage, page }) => {
    await wizardPage.goto('nic-teaming', '?cas=nouveau&etape=1');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('main').innerText();
    for (const step of nicLists[1]!) expect(shows(printed, step), step).toBe(true);
  });
});

test.describe('MECM newly built devices', () => {
  test('the gate lists the versions where nothing is needed, with its outcome', async ({ wizardPage, page }) => {
    await wizardPage.goto('mecm-nouveaux-appareils');
    const text = await wizardPage.stepText().innerText();
    for (const version of [
      'Windows 10, version 1809',
      'Windows Server 2019',
      'Windows Server 2022',
      'version 1909',
      '2004/20H2',
    ]) {
      expect(text).toContain(version);
    }
    await wizardPage.answer(/Oui/);
    await expect(page).toHaveURL(/resultat=rien-a-faire$/);
    await expect(wizardPage.heading()).toHaveText('Rien à faire');
    await wizardPage.previous();
    await wizardPage.answer(/Non/);
    await expect(page).toHaveURL(/\/assistants\/mecm-nouveaux-appareils\?etape=1$/);
  });

  // The content of every step as a ticket link opens it (the server-rendered page: no browser needed), then
  // « Suivant » in the browser over the first and the last steps (the same client code for every step).
  test('all 28 steps, opened by their URL, show the article’s step', async ({ request }) => {
    for (let n = 1; n <= 28; n++) {
      const html = await (await request.get(`/assistants/mecm-nouveaux-appareils?etape=${n}`)).text();
      const page = htmlToText(html);
      expect(page, `step ${n}`).toContain(`Étape ${n} sur 28`);
      expect(page, `step ${n}`).toContain(`Étape ${n} —`);
      const stepText = htmlToText(html.slice(html.indexOf('data-testid="wizard-step-text"'))).split(' Source : ')[0]!;
      expect(shows(stepText, mecmSteps[n - 1]!), `step ${n}`).toBe(true);
    }
  });

  test('« Suivant » reaches the next step with its text, from the first steps and up to the last', async ({
    wizardPage,
    page,
  }) => {
    for (const [from, to] of [
      [1, 4],
      [25, 28],
    ] as const) {
      await wizardPage.goto('mecm-nouveaux-appareils', `?etape=${from}`);
      for (let n = from + 1; n <= to; n++) {
        await wizardPage.next();
        await expect(page).toHaveURL(new RegExp(`[?&]etape=${n}(&|$)`));
        await expect(wizardPage.heading()).toContainText(`Étape ${n} —`);
        expect(shows(await wizardPage.stepText().innerText(), mecmSteps[n - 1]!), `step ${n}`).toBe(true);
        await expect(page.getByText(`Étape ${n} sur 28`)).toBeVisible();
      }
    }
  });

  test('step 8 is net start sense with a copy button; 9–11 the detection rule; 20–28 the deployment', async ({
    wizardPage,
    page,
  }) => {
    await wizardPage.goto('mecm-nouveaux-appareils', '?etape=8');
    await expect(page.getByRole('button', { name: 'Copier la commande net start sense' })).toBeVisible();
    await wizardPage.goto('mecm-nouveaux-appareils', '?etape=10');
    await expect(page.getByText('Phase : Règle de détection')).toBeVisible();
    await wizardPage.goto('mecm-nouveaux-appareils', '?etape=24');
    await expect(page.getByText('Phase : Déployer l’application')).toBeVisible();
  });

  test('bad parameters fall back to a valid step', async ({ wizardPage }) => {
    await expectFallbacks(wizardPage, 'mecm-nouveaux-appareils', [
      ['?etape=999', 'Étape 28 —'],
      ['?etape=abc', 'Étape 1 —'],
      ['?resultat=zzz', 'Est-ce encore nécessaire ?'],
    ]);
  });
});

test('search finds wizard steps by their commands', async ({ request }) => {
  for (const [query, expected] of <const>[
    ['net start sense', '/assistants/mecm-nouveaux-appareils?etape=8'],
    ['winpcap_mode', '/assistants/nic-teaming?cas='],
  ]) {
    const html = await (await request.get(`/recherche?q=${encodeURIComponent(query)}`)).text();
    expect(html.replace(/&amp;/g, '&')).toContain(`href="${expected}`);
  }
});

test('an unknown wizard answers a French 404', async ({ page }) => {
  const response = await page.goto('/assistants/inconnu');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
});

for (const url of [
  '/assistants',
  '/assistants/nic-teaming',
  '/assistants/nic-teaming?cas=nouveau&etape=2',
  '/assistants/mecm-nouveaux-appareils',
  '/assistants/mecm-nouveaux-appareils?etape=8',
]) {
  test(`axe: no serious or critical violation on ${url}`, async ({ page }) => {
    await page.goto(url);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
}

/** Each query of a wizard's URL falls back to the step whose heading contains the text given; one step per query. */
async function expectFallbacks(wizardPage: WizardPage, wizard: string, cases: readonly (readonly [string, string])[]) {
  for (const [query, expected] of cases) {
    await test.step(query, async () => {
      await wizardPage.goto(wizard, query);
      await expect.soft(wizardPage.heading(), query).toContainText(expected);
    });
  }
}
