import { test as base } from '@playwright/test';
import { generateWindowsLog, PLANTED } from '@/test-support/sample-log';
import { expect, seriousA11yViolations } from './fixtures';
import { AnalysePage, pasteInto } from './pages/analyse-page';

const test = base.extend<{ analysePage: AnalysePage }>({
  analysePage: async ({ page }, use) => {
    await use(new AnalysePage(page));
  },
});

const ATP = '/articles/troubleshooting-atp-known-issues';
// The three sample logs of the Azure ATP known-issues article.
const SAMPLE_LOGS = {
  'journal de déploiement': {
    log: `[1C60:1AA8][2018-03-24T23:59:13]i000: 2018-03-25 02:59:13.1237 Info  InteractiveDeploymentManager ValidateCreateSensorAsync a retourné [validateCreateSensorResult=LicenseInvalid]]
[1C60:1AA8][2018-03-25T00:27:56]i000: 2018-03-25 03:27:56.7399 Debug SensorBootstrapperApplication Engine.Quit [deploymentResultStatus=1602 isRestartRequired=False]]
[1C60:15B8][2018-03-25T00:27:56]i500: Shutting down, exit code: 0x642`,
    section: `${ATP}#proxy-authentication-problem-presents-as-a-licensing-error`,
  },
  'journal du capteur': {
    log: `2020-02-17 14:01:36.5315 Info ImpersonationManager CreateImpersonatorAsync a démarré [UserName=account_name Domain=domain1.test.local IsGroupManagedServiceAccount=True]
2020-02-17 14:01:36.5750 Info ImpersonationManager CreateImpersonatorAsync a terminé [UserName=account_name Domain=domain1.test.local IsSuccess=False]`,
    section: `${ATP}#sensor-failed-to-retrieve-group-managed-service-account-gmsa-credentials`,
  },
  'journal de mise à jour du capteur': {
    log: `2020-02-17 14:02:19.6258 Warn GroupManagedServiceAccountImpersonationHelper GetGroupManagedServiceAccountAccessTokenAsync a échoué, le mot de passe GMSA n’a pas pu être récupéré [errorCode=AccessDenied AccountName=account_name DomainDnsName=domain1.test.local]`,
    section: `${ATP}#sensor-failed-to-retrieve-group-managed-service-account-gmsa-credentials`,
  },
};

for (const [name, { log, section }] of Object.entries(SAMPLE_LOGS)) {
  test(`the article's ${name} puts its own section first`, async ({ analysePage }) => {
    await analysePage.goto();
    await analysePage.analyse(log);
    await expect(analysePage.findings().first()).toHaveAttribute('href', section);
  });
}

test('200 KB of ordinary Windows events: exactly the planted signals, repeats grouped', async ({
  analysePage,
  page,
}) => {
  await analysePage.goto();
  await analysePage.analyse(generateWindowsLog(200_000));
  expect(new Set(await analysePage.findingHrefs())).toEqual(new Set(PLANTED.map((planted) => planted.expect)));
  const intune = page.getByRole('listitem').filter({ has: page.locator('a[href="/codes/intune#0x87d1fde8"]') });
  await expect(intune.getByText('×20')).toBeVisible();
  await expect(intune.getByText('Code d’erreur 0x87D1FDE8')).toBeVisible();
});

test('the paste never enters the URL, stays in this tab, and a finding opens its deep link', async ({
  analysePage,
  page,
}) => {
  await analysePage.goto();
  await analysePage.analyse('Source: Microsoft-Windows-SENSE\nEvent ID: 7\nLevel: Error\nComputer: PC-SECRET-042');
  expect(page.url()).not.toContain('SECRET');
  await page.reload();
  await expect(analysePage.textarea()).toHaveValue(/PC-SECRET-042/);
  await expect(analysePage.findings().first()).toHaveAttribute('href', '/codes/sense#evt-7');
  await analysePage.findings().first().click();
  await expect(page).toHaveURL(/\/codes\/sense#evt-7$/);
});

test('a log pasted into a search box is offered to the analyser', async ({ page }) => {
  await page.goto('/recherche');
  const log = 'Log Name: Application\nSource: WDATPOnboarding\nEvent ID: 15\nLevel: Error';
  await pasteInto(page, 'main input[type="search"]', log);
  await page.getByRole('link', { name: 'Analyser ce texte' }).click();
  await expect(page).toHaveURL(/\/analyse$/);
  await expect(page.getByTestId('analysis-finding').first()).toHaveAttribute('href', '/codes/script#evt-15');
});

test('nothing known in the text: a clear French message, no finding', async ({ analysePage, page }) => {
  await analysePage.goto();
  await analysePage.analyse('Bonjour,\nle poste redémarre tout seul depuis hier.\nCordialement');
  await expect(page.getByTestId('analysis-empty')).toBeVisible();
  await expect(analysePage.findings()).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe: no serious or critical violation on /analyse with findings (${colorScheme})`, async ({
    analysePage,
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await analysePage.goto();
    await analysePage.analyse(SAMPLE_LOGS['journal de déploiement'].log);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
}
