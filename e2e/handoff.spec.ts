import { ARTICLE_SLUGS } from '@/lib/articles/catalog';
import { expect, readClipboard, seriousA11yViolations, test, ticketActions } from './fixtures';
import { getSite } from '@/lib/site/site';

/** The three kinds of unit an agent copies into a ticket, each with what its ticket must hold. */
const UNITS = [
  {
    kind: 'an article section',
    url: '/articles/troubleshooting-atp-known-issues#nic-teaming',
    unit: 'section.article-section:has(> [id="nic-teaming"])',
    title: 'Problème d’association de cartes réseau du capteur Azure ATP',
    text: /\n1\. .+\n2\. /,
    html: /<ol>.*<li>/s,
    source: 'Source : Dépannage des problèmes connus d’Azure ATP, Microsoft Learn, version du 18 février 2020',
    link: '/articles/troubleshooting-atp-known-issues#nic-teaming',
  },
  {
    kind: 'a code-table row',
    url: '/codes/sense#evt-15',
    unit: 'tbody.code-group[id="evt-15"]',
    title: 'Événements de l’agent SENSE — Événement 15',
    text: /Message : Microsoft Defender pour point de terminaison ne peut pas démarrer le canal de commande/,
    html: /<a href="http:\/\/localhost:\d+\/articles\/troubleshoot-onboarding#ensure-the-device-has-an-internet-connection">/,
    source: 'version du 30 septembre 2022',
    link: '/codes/sense#evt-15',
  },
  {
    kind: 'a wizard step',
    url: '/assistants/mecm-nouveaux-appareils?etape=8',
    unit: '[data-ticket-unit]',
    title: 'Étape 8 sur 28 : Programme d’installation : net start sense',
    text: /spécifiez la commande : net start sense\./,
    html: /<code>net start sense<\/code>/,
    source: 'version du 30 septembre 2022',
    link: '/assistants/mecm-nouveaux-appareils?etape=8',
  },
] as const;

// Each unit's page is opened once: copied for the ticket, then printed alone.
test.describe('copy for the ticket, then print one unit', () => {
  for (const unit of UNITS) {
    test(`${unit.kind}: plain text and HTML together, then Markdown, read back from the clipboard; then it prints alone with its link and source date`, async ({
      page,
      context,
      baseURL,
    }) => {
      await test.step('copy for the ticket', async () => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write']);
        await page.goto(unit.url);
        const actions = ticketActions(page.locator(unit.unit));
        await actions.copy.click();
        await expect(
          page.locator(unit.unit).getByRole('status').filter({ hasText: 'Copié pour le ticket' }),
        ).toHaveCount(1);
        const copied = await readClipboard(page);
        expect(copied.text).toContain(unit.title);
        expect(copied.text).toMatch(unit.text);
        expect(copied.text).toContain(unit.source);
        expect(copied.text.endsWith(`Lien : ${baseURL}${unit.link}`)).toBe(true);
        expect(copied.text).not.toMatch(/<[a-z]+>|\*\*/);
        expect(copied.html).toMatch(unit.html);
        expect(copied.html).toContain(`<a href="${baseURL}${unit.link.replace(/&/g, '&amp;')}">`);

        await actions.markdown.click();
        const markdown = await readClipboard(page);
        expect(markdown.text.startsWith('### ')).toBe(true);
        expect(markdown.text).toContain(unit.title);
        expect(markdown.text).toContain(`Lien : <${baseURL}${unit.link}>`);
      });
      await test.step('print alone', async () => {
        // The print dialog is the browser's; what matters is the page it prints.
        await page.evaluate(() => {
          window.print = () => {};
        });
        await ticketActions(page.locator(unit.unit)).print.click();
        await page.emulateMedia({ media: 'print' });
        await expect(page.locator(unit.unit)).toBeVisible();
        await expect(page.getByRole('banner')).toBeHidden();
        await expect(page.locator('footer')).toBeHidden();
        const caption = page.locator('[data-print-caption]');
        await expect(caption).toBeVisible();
        await expect(caption).toContainText(`${baseURL}${unit.link}`);
        await expect(caption).toContainText(/version du \d+ \S+ \d{4}/);
        const printed = await page.locator('body').innerText();
        expect(printed).toContain(unit.title.split(' : ')[0]);
        // Nothing of the page outside the unit: another unit, the table of contents, the wizard's path.
        const others = await page.evaluate((selector) => {
          const unitElement = document.querySelector(selector)!;
          return [...document.querySelectorAll('section.article-section, tbody.code-group, nav, .wizard-path-print')]
            .filter((element) => !element.contains(unitElement) && !unitElement.contains(element))
            .filter((element) => (element as HTMLElement).offsetParent !== null || element.getClientRects().length > 0)
            .length;
        }, unit.unit);
        expect(others).toBe(0);
      });
    });
  }

  test('« Copier la page en Markdown » copies what /articles/<slug>.md serves', async ({ page, context, request }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/articles/configure-proxy');
    await page.getByRole('button', { name: 'Copier la page en Markdown' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Page copiée en Markdown' })).toHaveCount(1);
    const served = await (await request.get('/articles/configure-proxy.md')).text();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(served);
  });
});

test.describe('print one unit', () => {
  test('an article prints without navigation, its links shown as URLs', async ({ page, baseURL }) => {
    await page.goto('/articles/troubleshooting-atp-known-issues');
    const link = page.getByRole('link', { name: 'Configurer le proxy pour activer la communication' });
    // The browser announces a print with `beforeprint` (once the page is hydrated, links get their URL).
    await expect
      .poll(async () => {
        await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
        return link.getAttribute('data-print-href');
      })
      .toBe(`${baseURL}/articles/configure-proxy`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Sommaire de l’article' })).toBeHidden();
    const after = await link.evaluate((element) => getComputedStyle(element, '::after').content);
    expect(after).toBe(`" (${baseURL}/articles/configure-proxy)"`);
  });
});

test.describe('Markdown and llms.txt for AI assistants', () => {
  for (const slug of ARTICLE_SLUGS) {
    test(`/articles/${slug}.md answers 200 with every section of the article`, async ({ request }) => {
      const response = await request.get(`/articles/${slug}.md`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('text/markdown');
      const markdown = await response.text();
      for (const heading of getSite().article(slug).headings) {
        expect(markdown, heading.id).toMatch(new RegExp(`^#{${heading.depth}} .+ \\{#${heading.id}\\}$`, 'm'));
      }
      expect(markdown).not.toMatch(/<(CodeTable|Callout|Figure|EnglishOriginal|h[1-4])\b/);
    });
  }

  test('/llms.txt lists the articles, the code tables and the wizards, one line each', async ({ request }) => {
    const response = await request.get('/llms.txt');
    expect(response.status()).toBe(200);
    const text = await response.text();
    for (const slug of ARTICLE_SLUGS) expect(text).toContain(`](/articles/${slug}.md): `);
    expect(text.match(/^- \[.+\]\(\/codes\/.+\): /gm)).toHaveLength(6);
    expect(text.match(/^- \[.+\]\(\/assistants\/.+\): /gm)).toHaveLength(2);
    for (const link of text.matchAll(/\]\((\/[^)]+)\)/g))
      expect((await request.get(link[1]!)).status(), link[1]).toBe(200);
  });

  test('an unknown article has no Markdown', async ({ request }) => {
    expect((await request.get('/articles/inconnu.md')).status()).toBe(404);
  });
});

test.describe('source and freshness', () => {
  test('an article shows its date and its Learn pages in French and English; sections link to the English anchor', async ({
    page,
  }) => {
    await page.goto('/articles/troubleshoot-onboarding');
    const source = page.getByTestId('article-source');
    await expect(source).toContainText('version du 30 septembre 2022');
    await expect(source.getByRole('link', { name: 'Sur Learn, en français' })).toHaveAttribute(
      'href',
      /learn\.microsoft\.com\/fr-fr\/.+\/troubleshoot-onboarding$/,
    );
    await expect(source.getByRole('link', { name: 'Original en anglais' })).toHaveAttribute(
      'href',
      /learn\.microsoft\.com\/en-us\/.+\/troubleshoot-onboarding$/,
    );
    const section = page.locator('section.article-section:has(> [id="troubleshoot-issues-with-onboarding-tools"])');
    await expect(
      section.locator('.ticket-actions').first().getByRole('link', { name: 'Original anglais' }),
    ).toHaveAttribute('href', /\/en-us\/.+\/troubleshoot-onboarding#troubleshoot-issues-with-onboarding-tools$/);
  });
});

test.describe('theme', () => {
  test('clair / sombre / système: remembered, applied before the first paint, Tailwind dark styles follow', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/codes');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.getByRole('radio', { name: 'Sombre' }).check({ force: true });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background()).not.toBe('rgb(255, 255, 255)');

    // On reload the head script sets the theme before the body is parsed: no light flash.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody: string | null }).themeAtBody =
          document.documentElement.getAttribute('data-theme');
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | null }).themeAtBody)).toBe('dark');
    await expect(page.getByRole('radio', { name: 'Sombre' })).toBeChecked();

    await page.getByRole('radio', { name: 'Système' }).check({ force: true });
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).not.toBe('rgb(255, 255, 255)');
    await page.getByRole('radio', { name: 'Clair' }).check({ force: true });
    expect(await background()).toBe('rgb(255, 255, 255)');
  });
});

test.describe('on screen', () => {
  test('at desktop width a targeted code row opens below the sticky header, first line visible', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const target of ['code-29', 'code-5', 'code-40']) {
      await page.goto('about:blank');
      await page.goto(`/codes/scp#${target}`);
      const row = page.locator(`tbody.code-group:has([id="${target}"]), tbody.code-group[id="${target}"]`);
      await expect(row).toBeInViewport();
      const headerBottom = await page.getByRole('banner').evaluate((header) => header.getBoundingClientRect().bottom);
      const rowTop = await row.evaluate((element) => element.getBoundingClientRect().top);
      expect(rowTop, target).toBeGreaterThanOrEqual(headerBottom);
    }
  });

  test('the table of contents marks the section being read', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/articles/troubleshoot-onboarding');
    const toc = page.locator('aside').getByRole('navigation', { name: 'Sommaire de l’article' });
    await page
      .locator('[id="troubleshoot-onboarding-issues-on-the-device"]')
      .evaluate((element) => element.scrollIntoView());
    await expect(toc.locator('[aria-current="location"]')).toHaveAttribute(
      'href',
      '#troubleshoot-onboarding-issues-on-the-device',
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(toc.locator('[aria-current="location"]')).toHaveCount(1);
    await expect(toc.locator('[aria-current="location"]')).not.toHaveAttribute(
      'href',
      '#troubleshoot-onboarding-issues-on-the-device',
    );
  });

  // The dark theme chosen in the portal (site.spec.ts checks the system's, on every article); these pages are
  // checked in full in light by codes.spec.ts and wizards.spec.ts, so the colour rules suffice here.
  for (const url of ['/codes/sense', '/assistants/mecm-nouveaux-appareils?etape=8']) {
    test(`axe: no serious or critical violation on ${url} (thème sombre)`, async ({ page }) => {
      await page.addInitScript(() => window.localStorage.setItem('portail-theme', 'sombre'));
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await seriousA11yViolations(page, 'colours')).toEqual([]);
    });
  }
});
