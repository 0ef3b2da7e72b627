import { describe, expect, it } from 'vitest';
import { buildSearchData } from '@/lib/search/documents';
import { createSearchIndex } from '@/lib/search/engine';
import { runInSlices } from '@/lib/slices';
import { analysePaste, analysisSteps, recordTriggers } from './analyse';
import { repeatKey, splitRecords } from './records';
import { generateWindowsLog, PASTE_SHAPES, pasteOfShape, PLANTED } from '@/test-support/sample-log';

const data = buildSearchData();
const index = createSearchIndex(data.documents, { thesaurus: data.thesaurus });
const analyse = (paste: string) => analysePaste(paste, index, data.documents);
const ATP = '/articles/troubleshooting-atp-known-issues';

// The three sample logs of the Azure ATP known-issues article, as the article shows them.
const DEPLOYMENT_LOG = `[1C60:1AA8][2018-03-24T23:59:13]i000: 2018-03-25 02:59:13.1237 Info  InteractiveDeploymentManager ValidateCreateSensorAsync a retourné [validateCreateSensorResult=LicenseInvalid]]
[1C60:1AA8][2018-03-24T23:59:56]i000: 2018-03-25 02:59:56.4856 Info  InteractiveDeploymentManager ValidateCreateSensorAsync a retourné [validateCreateSensorResult=LicenseInvalid]]
[1C60:1AA8][2018-03-25T00:27:56]i000: 2018-03-25 03:27:56.7399 Debug SensorBootstrapperApplication Engine.Quit [deploymentResultStatus=1602 isRestartRequired=False]]
[1C60:15B8][2018-03-25T00:27:56]i500: Shutting down, exit code: 0x642`;
const SENSOR_LOG = `2020-02-17 14:01:36.5315 Info ImpersonationManager CreateImpersonatorAsync a démarré [UserName=account_name Domain=domain1.test.local IsGroupManagedServiceAccount=True]
2020-02-17 14:01:36.5750 Info ImpersonationManager CreateImpersonatorAsync a terminé [UserName=account_name Domain=domain1.test.local IsSuccess=False]`;
const UPDATER_LOG = `2020-02-17 14:02:19.6258 Warn GroupManagedServiceAccountImpersonationHelper GetGroupManagedServiceAccountAccessTokenAsync a échoué, le mot de passe GMSA n’a pas pu être récupéré [errorCode=AccessDenied AccountName=account_name DomainDnsName=domain1.test.local]`;

describe('records', () => {
  it('keeps Event Viewer events whole (XML and text) and other lines one by one', () => {
    const records = splitRecords(
      'ligne 1\n<Event><System>\n<EventID>7</EventID>\n</System></Event>\nLog Name: Application\nSource: WDATPOnboarding\nEvent ID: 15\nDescription:\nx\n\nligne 11',
    );
    expect(records.map((r) => [r.firstLine, r.lastLine])).toEqual([
      [1, 1],
      [2, 4],
      [5, 9],
      [11, 11],
    ]);
  });

  it('gives the same repeat key to the same event at another time', () => {
    expect(repeatKey('2026-11-20 08:00:01.123 Error x [1C60:1AA8] {cb2ff72d-d4e4-585d-33f9-f3a395c40be7}')).toBe(
      repeatKey('2026-11-21 09:10:11.456 Error x [2D70:15B8] {00000000-0000-0000-0000-000000000000}'),
    );
  });
});

describe('log analysis', () => {
  it('puts each sample log of the known-issues article on its own section first', () => {
    expect(analyse(DEPLOYMENT_LOG).findings[0]?.href).toBe(
      `${ATP}#proxy-authentication-problem-presents-as-a-licensing-error`,
    );
    expect(analyse(SENSOR_LOG).findings[0]?.href).toBe(
      `${ATP}#sensor-failed-to-retrieve-group-managed-service-account-gmsa-credentials`,
    );
    expect(analyse(UPDATER_LOG).findings[0]?.href).toBe(
      `${ATP}#sensor-failed-to-retrieve-group-managed-service-account-gmsa-credentials`,
    );
  });

  it('says why, where and how often', () => {
    const [finding] = analyse(UPDATER_LOG).findings;
    expect(finding?.reason).toBe('Champ de journal errorCode=AccessDenied');
    expect(finding?.lines).toEqual([1]);
    expect(finding?.evidence.marks.length).toBeGreaterThan(0);
    const repeated = analyse(DEPLOYMENT_LOG).findings[0];
    expect(repeated?.occurrences).toBe(4);
    expect(repeated?.lines).toEqual([1, 2, 3, 4]);
  });

  it('names the event id and its log', () => {
    const [finding] = analyse('Source: Microsoft-Windows-SENSE\nEvent ID: 7\nLevel: Error').findings;
    expect(finding?.href).toBe('/codes/sense#evt-7');
    expect(finding?.reason).toBe('ID d’événement 7 du journal SENSE');
  });

  it('finds exactly the planted signals in 200 KB of ordinary Windows events', () => {
    const log = generateWindowsLog(200_000);
    expect(log.length).toBeGreaterThan(190_000);
    const { findings } = analyse(log);
    expect(new Set(findings.map((f) => f.href))).toEqual(new Set(PLANTED.map((p) => p.expect)));
    expect(findings.find((f) => f.href === '/codes/intune#0x87d1fde8')?.occurrences).toBe(20);
  });

  it('yields nothing for noise: timestamps, GUIDs, KB numbers, other services’ event ids', () => {
    const noise = [
      '2026-11-20 08:00:01 {cb2ff72d-d4e4-585d-33f9-f3a395c40be7} KB5034441',
      'Source: Service Control Manager Event ID: 15 The Print Spooler service terminated unexpectedly.',
      'Log Name: System\nSource: Microsoft-Windows-Kernel-General\nEvent ID: 5\nDescription:\nThe system time has changed.',
    ].join('\n');
    expect(analyse(noise).findings).toEqual([]);
  });

  it('reads every event of a one-line XML export, and only an event’s own id', () => {
    const event = (id: number) =>
      `<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Microsoft-Windows-SENSE"/><EventID>${id}</EventID><Execution ProcessID="4120" ThreadID="29"/></System></Event>`;
    const hrefs = analyse([event(7), event(15), event(5)].join('')).findings.map((f) => f.href);
    expect(new Set(hrefs)).toEqual(new Set(['/codes/sense#evt-7', '/codes/sense#evt-15', '/codes/sense#evt-5']));
    const text = analyse('Source: Microsoft-Windows-SENSE\nEvent ID: 7\nThread ID: 29\nLevel: Error').findings.map(
      (f) => f.href,
    );
    expect(text).toEqual(['/codes/sense#evt-7']);
  });

  it('gives no finding from counters: thousands of our component’s error lines that differ by numbers', () => {
    const lines = Array.from(
      { length: 1500 },
      (_, i) =>
        `2026-11-20 08:${String(i % 60).padStart(2, '0')}:00 ERROR MsSense.exe failed to upload chunk ${i} of ${i * 7}, retry ${i % 9}`,
    );
    const analysis = analyse(lines.join('\n'));
    expect(analysis.findings).toEqual([]);
    expect(analysis.unread).toBe(0);
  });

  it('reads specific traces', () => {
    expect(recordTriggers('System.Net.Http.HttpRequestException: An error occurred').map((t) => t.kind)).toContain(
      'exception',
    );
    expect(recordTriggers('[validateCreateSensorResult=LicenseInvalid]')).toContainEqual({
      kind: 'field',
      text: 'validateCreateSensorResult=LicenseInvalid',
    });
    expect(recordTriggers('The Print Spooler service failed')).toEqual([]);
  });

  it('in slices, gives the same analysis as in one go, for every shape of paste', async () => {
    for (const shape of PASTE_SHAPES) {
      const paste = pasteOfShape(shape, 20_000);
      const sliced = await runInSlices(analysisSteps(paste, index, data.documents), {
        budget: 0,
        pause: async () => {},
      });
      expect(sliced, shape).toEqual(analyse(paste));
    }
  }, 30_000);

  it('pauses after each record and after each search: no step holds more than one of either', () => {
    // Three records: two repeats of one SENSE event (one search) and a line with nothing to look up.
    const paste =
      'Source: Microsoft-Windows-SENSE\nEvent ID: 7\n\nSource: Microsoft-Windows-SENSE\nEvent ID: 7\n\nbonjour';
    const steps = analysisSteps(paste, index, data.documents);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(step.value.records).toBe(3);
    expect(pauses).toBe(3 + 1);
  });
});

describe('log analysis: events read as records', () => {
  const SCM_TEXT = `Log Name: System
Source: Service Control Manager
Event ID: 7024
Level: Error
Description:
The Windows Defender Firewall service terminated with the following service-specific error: Access is denied.`;
  const SCM_LINE =
    'System\tService Control Manager\t7000\tError\tThe Windows Defender Firewall service failed to start due to the following error: Access is denied.';

  it('yields no finding of ours for another provider’s event about another service', () => {
    expect(analyse(SCM_TEXT).findings).toEqual([]);
    expect(analyse(SCM_LINE).findings).toEqual([]);
  });

  it('decodes and names FACILITY_WIN32 codes instead of matching them to our rows', () => {
    const analysis = analyse('ligne 1\nOnboarding failed: 0x80070005');
    expect(analysis.windowsCodes).toEqual([
      { text: '0x80070005', hex: '0x80070005', win32: 5, name: 'Accès refusé', line: 2 },
    ]);
  });

  it('finds an enrollment status stated in an e-mail sentence, as an exact match', () => {
    const [finding] = analyse(
      'Bonjour,\nsur le serveur la valeur EnrollmentStatus est à 13 depuis hier.\nMerci',
    ).findings;
    expect(finding?.href).toBe('/codes/scp#code-13');
    expect(finding?.tier).toBe('exact');
  });

  it('reads an English Event Viewer copy with the short provider name as its SENSE row', () => {
    const [finding] = analyse('Source : SENSE\nEvent ID : 7\nLevel : Error').findings;
    expect(finding?.href).toBe('/codes/sense#evt-7');
  });

  it('keeps a table’s header across its rows: Get-WinEvent’s table and Event Viewer’s CSV export', () => {
    const table = [
      '   ProviderName: Microsoft-Windows-SENSE',
      '',
      'TimeCreated                     Id LevelDisplayName Message',
      '-----------                     -- ---------------- -------',
      '11/30/2026 7:40:02 AM           10 Error            Failed to persist onboarding information',
      '11/30/2026 7:39:58 AM            9 Error            Failed to change the start type',
    ].join('\n');
    const analysis = analyse(table);
    expect(analysis.findings.map((finding) => finding.href).sort()).toEqual([
      '/codes/sense#evt-10',
      '/codes/sense#evt-9',
    ]);
    expect(analysis.findings.find((finding) => finding.href === '/codes/sense#evt-9')?.lines).toEqual([6]);
    const csv = [
      'Level,Date and Time,Source,Event ID,Task Category',
      'Error,11/30/2026 7:40:02 AM,Service Control Manager,35,None,"The Print Spooler service',
      'terminated unexpectedly."',
      'Error,11/30/2026 7:41:02 AM,WDATPOnboarding,15,None,Failed to start the service',
    ].join('\n');
    expect(analyse(csv).findings.map((finding) => [finding.href, finding.lines])).toEqual([
      ['/codes/script#evt-15', [4]],
    ]);
  });
});
