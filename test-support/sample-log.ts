import { seededRandom } from './random';

/**
 * A generated Windows log for tests and the benchmark: thousands of ordinary events of other software
 * (service state changes, DCOM, logons, Windows Update, application crashes, with their own event ids,
 * GUIDs, KB numbers and error codes) and a few planted events of our products, each with the resolution
 * it must lead to. Deterministic: the same size and seed give the same text.
 */
export type PlantedSignal = { text: string; expect: string; repeat: number };

export const PLANTED: readonly PlantedSignal[] = [
  {
    text: [
      '<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Microsoft-Windows-SENSE" Guid="{cb2ff72d-d4e4-585d-33f9-f3a395c40be7}"/>',
      '<EventID>29</EventID><Version>0</Version><Level>2</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x8000000000000000</Keywords>',
      '<TimeCreated SystemTime="2026-11-20T08:14:55.1234567Z"/><EventRecordID>1819</EventRecordID><Execution ProcessID="4120" ThreadID="5560"/>',
      '<Channel>Microsoft-Windows-SENSE/Operational</Channel><Computer>PC-042.contoso.local</Computer><Security UserID="S-1-5-18"/></System></Event>',
    ].join('\n'),
    expect: '/codes/sense#evt-29',
    repeat: 1,
  },
  {
    text: [
      'Log Name:      Application',
      'Source:        WDATPOnboarding',
      'Date:          20/11/2026 08:20:11',
      'Event ID:      15',
      'Level:         Error',
      'Computer:      PC-042.contoso.local',
      'Description:',
      'Onboarding script failed to start the SENSE service.',
      '',
    ].join('\n'),
    expect: '/codes/script#evt-15',
    repeat: 1,
  },
  {
    text: 'Intune policy report;Defender for Endpoint onboarding;Status: Error;Error code: 0x87D1FDE8;Remediation failed',
    expect: '/codes/intune#0x87d1fde8',
    repeat: 20,
  },
  {
    text: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\SenseCM    EnrollmentStatus    REG_DWORD    0x12',
    expect: '/codes/scp#code-18',
    repeat: 1,
  },
  {
    text: '2026-11-20 08:31:19.6258 Warn GroupManagedServiceAccountImpersonationHelper GetGroupManagedServiceAccountAccessTokenAsync a échoué, le mot de passe GMSA n’a pas pu être récupéré [errorCode=AccessDenied AccountName=svc_atp DomainDnsName=contoso.local]',
    expect:
      '/articles/troubleshooting-atp-known-issues#sensor-failed-to-retrieve-group-managed-service-account-gmsa-credentials',
    repeat: 3,
  },
];

const SERVICES = [
  'Windows Update',
  'Print Spooler',
  'Background Intelligent Transfer Service',
  'Windows Search',
  'WinHTTP Web Proxy Auto-Discovery Service',
  'Delivery Optimization',
  'Windows Installer',
];
const APPS = ['chrome.exe', 'OUTLOOK.EXE', 'Teams.exe', 'explorer.exe', 'svchost.exe'];

function ordinaryEvent(random: () => number, time: string): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const hex = () =>
    Math.floor(random() * 0xffffffff)
      .toString(16)
      .padStart(8, '0');
  const guid = () =>
    `${hex()}-${hex().slice(0, 4)}-${hex().slice(0, 4)}-${hex().slice(0, 4)}-${hex()}${hex().slice(0, 4)}`;
  switch (Math.floor(random() * 8)) {
    case 0:
      return `${time} Information Service Control Manager 7036 The ${pick(SERVICES)} service entered the ${pick(['running', 'stopped'])} state.`;
    case 1:
      return `${time} Error DistributedCOM 10016 The application-specific permission settings do not grant Local Activation permission for the COM Server application with CLSID {${guid()}} to the user NT AUTHORITY\\SYSTEM SID (S-1-5-18).`;
    case 2:
      return `${time} Information Microsoft-Windows-Security-Auditing 4624 An account was successfully logged on. Logon Type: ${pick([2, 3, 5, 10])} Logon ID: 0x${hex()}`;
    case 3:
      return `${time} Error Microsoft-Windows-WindowsUpdateClient 20 Installation Failure: Windows failed to install the following update with error 0x8007${hex().slice(0, 4)}: KB${5000000 + Math.floor(random() * 99999)}.`;
    case 4:
      return `${time} Error Application Error 1000 Faulting application name: ${pick(APPS)}, version: ${Math.floor(random() * 120)}.0.${Math.floor(random() * 9999)}.${Math.floor(random() * 99)}, exception code 0xc0000005, fault offset 0x000${hex().slice(0, 5)}`;
    case 5:
      return `${time} Warning Microsoft-Windows-Time-Service 129 NtpClient was unable to set a domain peer to use as a time source because of discovery error. Retry in ${Math.floor(random() * 60)} minutes.`;
    case 6:
      return `${time} Error Service Control Manager 7031 The ${pick(SERVICES)} service terminated unexpectedly. It has done this ${Math.floor(random() * 5) + 1} time(s).`;
    default:
      return `${time} Information Microsoft-Windows-Kernel-General 16 The access history in hive \\??\\C:\\Users\\user${Math.floor(random() * 40)}\\ntuser.dat was cleared updating ${Math.floor(random() * 900)} keys and creating ${Math.floor(random() * 90)} modified pages.`;
  }
}

/** About `bytes` of log, with the planted events spread through it (each as many times as it says). */
export function generateWindowsLog(bytes: number, seed = 1, planted: readonly PlantedSignal[] = PLANTED): string {
  const random = seededRandom(seed);
  const plants = planted.flatMap((signal) => Array.from({ length: signal.repeat }, () => signal.text));
  const lines: string[] = [];
  let size = 0;
  let second = 0;
  while (size < bytes) {
    second += 1 + Math.floor(random() * 30);
    const time = `2026-11-20 ${String(Math.floor(second / 3600) % 24).padStart(2, '0')}:${String(Math.floor(second / 60) % 60).padStart(2, '0')}:${String(second % 60).padStart(2, '0')}.${Math.floor(random() * 9999)}`;
    const line = ordinaryEvent(random, time);
    lines.push(line);
    size += line.length + 1;
  }
  plants.forEach((text, i) => lines.splice(Math.floor(((i + 1) * lines.length) / (plants.length + 1)), 0, text));
  return lines.join('\n');
}

/**
 * The shapes of a large paste that load the analyser differently (the benchmark and the long-task test run
 * each): ordinary events with planted signals; long distinct lines, each an error of our component, so that
 * every line is searched until the search budget is spent; one line with no break (a log whose line ends
 * were lost on the way); one line repeated (a retry loop), grouped into one search.
 */
export const PASTE_SHAPES = ['journal', 'lignes longues distinctes', 'une seule ligne', 'une ligne répétée'] as const;
export type PasteShape = (typeof PASTE_SHAPES)[number];

const SYLLABLES = ['ser', 'vi', 'ce', 'con', 'nex', 'ion', 'tra', 'port', 'dé', 'lai', 'cli', 'ent', 'bu', 'ffer'];

/** A long line of distinct words: no two lines of a paste share their repeat key. */
function longDistinctLine(random: () => number, chars: number): string {
  const word = () =>
    Array.from({ length: 2 + Math.floor(random() * 3) }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(
      '',
    );
  let line = `${new Date(Date.UTC(2026, 10, 20, 8) + Math.floor(random() * 3.6e6)).toISOString()} ERROR MsSense.exe failed:`;
  while (line.length < chars) line += ` ${word()}`;
  return line;
}

/** About `bytes` of paste of the given shape; deterministic. */
export function pasteOfShape(shape: PasteShape, bytes: number, seed = 1): string {
  switch (shape) {
    case 'journal':
      return generateWindowsLog(bytes, seed);
    case 'lignes longues distinctes': {
      const random = seededRandom(seed);
      const lines: string[] = [];
      // About 1 000 characters a line: as many distinct lines as the analyser searches at most in 200 KB.
      for (let size = 0; size < bytes; size += (lines.at(-1) as string).length + 1)
        lines.push(longDistinctLine(random, 1_000));
      return lines.join('\n');
    }
    case 'une seule ligne':
      return generateWindowsLog(bytes, seed).replace(/\n/g, ' ');
    case 'une ligne répétée': {
      const line =
        '2026-11-20 08:00:00 ERROR MsSense.exe failed to upload the cyber data chunk to the portal, the upload will be retried';
      return Array.from({ length: Math.ceil(bytes / (line.length + 1)) }, () => line).join('\n');
    }
  }
}
