import { describe, expect, it } from 'vitest';
import { eventLogContext, extractSignals, productContext } from './signals';

const codes = (query: string) =>
  extractSignals(query).codes.map(({ value, kind, log }) => `${kind}:${value}${log ? `@${log}` : ''}`);

describe('extractSignals: codes', () => {
  it('reads 32-bit codes in every notation', () => {
    for (const query of ['0x87D1FDE8', '87d1fde8', 'erreur -2016281112 dans Intune', '2278686184']) {
      expect(codes(query)).toContain('code32:2278686184');
    }
  });

  it('reads codes written with French thousands separators (spaces, non-breaking spaces, dots)', () => {
    for (const query of [
      'code 2 278 686 184',
      'erreur -2 016 281 112',
      'code\u00a02\u00a0278\u00a0686\u00a0184',
      'code 2\u202f278\u202f686\u202f184',
      '2.278.686.184',
    ]) {
      expect(codes(query), query).toContain('code32:2278686184');
    }
    // Not split into fake codes either.
    expect(codes('code 2 278 686 184')).not.toContain('number:278');
  });

  it('does not join separate small numbers into a code', () => {
    expect(codes('entre 12 et 345')).toEqual(['number:12', 'number:345']);
  });

  it('reads a pasted event as a record: its event id belongs to the provider it names', () => {
    expect(codes('Source : SENSE\nEvent ID : 7')).toContain('event:7@sense');
    expect(codes('Source: Windows Defender Advanced Threat Protection, Event ID: 9')).toContain('event:9@sense');
    expect(codes('sense 7')).toContain('event:7@sense');
    expect(codes('[Error Id: 5, Error Level: 1]')).toContain('event:5@script');
    expect(codes('Source: Service Control Manager\nEvent ID: 7000')).toContain('event:7000@other');
  });

  it('reads an enrollment status from a sentence or a .reg export', () => {
    expect(codes('la valeur EnrollmentStatus est à 13 depuis hier')).toContain('status:13');
    expect(codes('"EnrollmentStatus"=dword:0000000d')).toContain('status:13');
  });

  it('reads event ids, enrollment statuses and cases from their French or English wording', () => {
    expect(codes('événement 35')).toContain('event:35');
    expect(codes('Event ID 7')).toContain('event:7');
    expect(codes('evenement n° 15 WDATPOnboarding')).toContain('event:15@script');
    expect(codes('inscription 13 connectivité')).toContain('status:13');
    expect(codes('EnrollmentStatus 29')).toContain('status:29');
    expect(codes('cas 2')).toContain('case:2');
  });

  it('fires the keyed forms with elisions: « code d’erreur », « ID de l’événement », « statut d’inscription »', () => {
    expect(codes('code d’erreur 1058')).toContain('number:1058');
    expect(codes("ID de l'événement : 7")).toContain('event:7');
    expect(codes("ID d'événement 30")).toContain('event:30');
    expect(codes("statut d'inscription 29")).toContain('status:29');
  });

  it('reads Event Viewer’s event id in text and XML form, with the log it belongs to', () => {
    expect(codes('Source: Microsoft-Windows-SENSE\nEvent ID: 7')).toContain('event:7@sense');
    expect(codes('Nom du journal : Application\nSource : WDATPOnboarding\nID de l’événement : 15')).toContain(
      'event:15@script',
    );
    expect(codes('EventID=1819 DeviceManagement-Enterprise-Diagnostics-Provider')).toContain('event:1819@mdm');
    const xml =
      '<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Microsoft-Windows-SENSE" Guid="{cb2ff72d-d4e4-585d-33f9-f3a395c40be7}"/>' +
      '<EventID>29</EventID><Version>0</Version><Level>2</Level><Task>0</Task><Keywords>0x8000000000000000</Keywords>' +
      '<TimeCreated SystemTime="2026-11-20T08:14:55.1234567Z"/><EventRecordID>1819</EventRecordID><Execution ProcessID="4120" ThreadID="5560"/>' +
      '<Channel>Microsoft-Windows-SENSE/Operational</Channel><Computer>PC-042.contoso.local</Computer></System></Event>';
    expect(codes(xml)).toEqual(['event:29@sense']);
  });

  it('gives no log to an event id of another service, so it matches none of ours', () => {
    expect(codes('Source: Service Control Manager Event ID: 15')).toEqual(['event:15@other']);
    expect(eventLogContext('source : application error')).toBe('other');
    expect(eventLogContext('nom du journal : application')).toBeUndefined();
  });

  it('reads registry values by their name: EnrollmentStatus is a status, other DWORDs are not codes', () => {
    expect(codes('EnrollmentStatus    REG_DWORD    0xd')).toEqual(['status:13']);
    expect(codes('OnboardingState    REG_DWORD    0x1\nStart    REG_DWORD    0x4')).toEqual([]);
    expect(codes('LastError    REG_DWORD    0x87d1fde8')).toEqual(['code32:2278686184']);
  });

  it('keeps small bare numbers as plain numbers, and reads sc query’s exit code', () => {
    expect(codes('erreur 1058')).toContain('number:1058');
    expect(
      codes('WIN32_EXIT_CODE : 1058 (0x422)\nSTATE : 1 STOPPED\nTYPE : 10 WIN32_OWN_PROCESS\nCHECKPOINT : 0x0'),
    ).toEqual(['code32:1058', 'number:1058']);
  });
});

describe('extractSignals: a table of events', () => {
  it('reads every row’s event id with its own provider’s log', () => {
    const csv = [
      'Level,Date and Time,Source,Event ID,Task Category',
      'Error,11/30/2026 7:40:02 AM,WDATPOnboarding,30,None,Onboarding failed',
      'Error,11/30/2026 7:40:01 AM,Service Control Manager,7031,None,Another service stopped',
      'Error,11/30/2026 7:40:00 AM,Microsoft-Windows-SENSE,25,None,Failed to update',
    ].join('\n');
    expect(codes(csv)).toEqual(expect.arrayContaining(['event:30@script', 'event:7031@other', 'event:25@sense']));
  });
});

describe('extractSignals: bare numbers of a query about a status value', () => {
  const withContext = (query: string) =>
    extractSignals(query).codes.map(({ value, kind, context }) => `${kind}:${value}${context ? `~${context}` : ''}`);

  it('marks them as status hints, and drops the bare twin of a number read as a status', () => {
    expect(withContext('EnrollmentStatus reads 0x2c, that is 44 in decimal')).toContain('number:44~status');
    expect(withContext('l’état d’inscription indique 41')).toEqual(['status:41']);
  });

  it('leaves them plain when the query also talks about an event', () => {
    expect(withContext('EnrollmentStatus correct, event 41 in the log, then 27')).toContain('number:27');
  });
});

describe('extractSignals: numbers that are not codes', () => {
  it('ignores GUIDs (kept apart) and SIDs', () => {
    const signals = extractSignals('fournisseur ETW bd67e65c-9cc2-51d8-7399-0bb9899e75c1');
    expect(signals.guids).toEqual(['bd67e65c-9cc2-51d8-7399-0bb9899e75c1']);
    expect(signals.codes).toEqual([]);
    expect(codes('Utilisateur : S-1-5-21-3623811015-3361044348-30300820-1013')).toEqual([]);
  });

  it('ignores versions, dates and times', () => {
    expect(codes('Npcap 0.9984')).toEqual([]);
    expect(codes('2018-03-25 02:59:13.1237')).toEqual([]);
    expect(codes('le 23/11/2026 à 14:05:32, build 10.0.17763.1234')).toEqual([]);
    expect(codes('le 23.11.2026')).toEqual([]);
  });

  it('ignores the release number of an operating system (Windows 10, Server 2019, Windows Server 2012 R2)', () => {
    for (const query of [
      'the device runs Windows 10 and is not compliant',
      'poste sous Win 11, capteur absent',
      'on Windows Server 2016 the service stops',
      'serveur 2019 sans remontée',
      'Windows 2012 R2 not onboarded',
    ])
      expect(codes(query), query).toEqual([]);
    // A number after the system's name that is keyed stays what its key says.
    expect(codes('Windows 10, événement 35')).toEqual(['event:35']);
  });

  it('ignores digits inside URLs, paths and IP addresses', () => {
    expect(codes('https://winatp-gw-cus.microsoft.com/api/v2/34 échoue')).toEqual([]);
    expect(codes('http://schemas.microsoft.com/win/2004/08/events/event')).toEqual([]);
    expect(codes('C:\\Program Files\\Azure Advanced Threat Protection Sensor\\2.146\\Logs')).toEqual([]);
    expect(codes('proxy 10.0.0.15:8080 injoignable')).toEqual([]);
  });

  it('reads a number followed by a unit as a quantity', () => {
    for (const query of [
      '16 cœurs',
      '128 Go de RAM',
      'depuis 3 jours',
      'toutes les 15 minutes',
      '2 processeurs',
      '95 %',
      '30 postes',
    ]) {
      expect(codes(query), query).toEqual([]);
    }
    // The same number without a unit still counts.
    expect(codes('événement 30 sur 30 postes')).toEqual(['event:30']);
    expect(codes('toutes les 30s')).toEqual([]);
  });

  it('does not take a pronoun or an article after a number for a unit', () => {
    expect(codes("l'événement 15 s'affiche dans le journal SENSE")).toContain('event:15@sense');
    expect(codes("le code 35 s'est produit")).toContain('number:35');
    expect(codes('Event ID 7 an error occurred')).toContain('event:7');
  });

  it('reads only an event’s own id, not a thread, process or session id', () => {
    expect(codes('Source: Microsoft-Windows-SENSE Event ID: 7 Thread ID: 29 Session ID: 5')).toEqual(['event:7@sense']);
  });

  it('leaves quantities, dates and XML markup out of the words to match', () => {
    const { wordText } = extractSignals('serveur 16 cœurs <EventID>7</EventID> le 2026-11-20');
    expect(wordText).not.toMatch(/16|EventID|2026/);
    expect(wordText).toMatch(/serveur/);
    expect(wordText).toMatch(/cœurs/);
    // A duration goes whole: « jours » would match « mise à jour ».
    expect(extractSignals('bloqué depuis 3 jours').wordText).not.toMatch(/jours/);
    expect(extractSignals('il y a 3 années, 2 contrôleurs').wordText).not.toMatch(/\d|années/);
    expect(extractSignals('il y a 3 années, 2 contrôleurs').wordText).toMatch(/contrôleurs/);
    // A size goes whole too: « Go » would match the English « go through ».
    expect(extractSignals('serveur 64 Go, 512 Mo de cache, 2 GB').wordText).not.toMatch(/\b(?:go|mo|gb)\b/i);
  });
});

describe('product context', () => {
  it('recognises each product by its names', () => {
    expect(productContext('ticket mde : appareil pas integre')).toEqual(['defender-endpoint']);
    expect(productContext('microsoft defender pour point de terminaison')).toEqual(['defender-endpoint']);
    expect(productContext('le capteur atp ne demarre pas')).toEqual(['azure-atp']);
    expect(productContext('defender pour identite')).toEqual(['azure-atp']);
    expect(productContext('azure atp et mde')).toEqual(['defender-endpoint', 'azure-atp']);
    expect(productContext('le proxy bloque')).toEqual([]);
  });

  it('reads « Microsoft Defender » and the Microsoft 365 Defender portal as Defender for Endpoint, not its antivirus', () => {
    expect(productContext('the device is not shown in the microsoft 365 defender portal')).toEqual([
      'defender-endpoint',
    ]);
    expect(productContext('microsoft defender ne voit pas le poste')).toEqual(['defender-endpoint']);
    expect(productContext('microsoft defender antivirus est desactive')).toEqual([]);
    expect(productContext('microsoft defender pour identite')).toEqual(['azure-atp']);
  });
});
