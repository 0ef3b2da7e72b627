import type { TableFile } from './schemas';

/**
 * The code tables of the URL contract (`/codes/<id>#<row id>`), each knowing itself: its data file, its
 * words, the log its events come from, what kind of number its rows answer to, and how a number becomes a
 * row id. Pure facts, no content loading: links, search, the decoder and the analyser all ask here, and
 * nobody builds or parses a row id anywhere else.
 */

/** What a table's numbers are: event ids, enrollment statuses, non-compliance cases, 32-bit error codes. */
export type CodeKind = 'event' | 'status' | 'case' | 'code32';

/** The event logs of our tables: SENSE, the onboarding script (WDATPOnboarding), MDM. */
export type EventLog = 'sense' | 'script' | 'mdm';

type CodeTableFacts = {
  file: TableFile;
  /** The portal's own words for the table (every row comes from content/tables). */
  title: string;
  blurb: string;
  codeLabel: string;
  codeKind: CodeKind;
  /** For event tables: the event log (provider) the events are written to. */
  eventLog?: EventLog;
  /** The row id prefix of the URL contract; 32-bit codes are their own id (`0x87d1fde8`). */
  rowIdPrefix: 'evt-' | 'cas-' | 'code-' | '0x';
  /** Every number of a row has its own id (a status inside a range `26-33` lands on `code-29`). */
  idPerCode: boolean;
};

export const CODE_TABLES = {
  script: {
    file: 'script-events',
    title: 'Événements du script d’intégration (WDATPOnboarding)',
    blurb: 'ID d’événement écrits par le script d’intégration dans le journal Application, source WDATPOnboarding.',
    codeLabel: 'Événement',
    codeKind: 'event',
    eventLog: 'script',
    rowIdPrefix: 'evt-',
    idPerCode: false,
  },
  sense: {
    file: 'sense-events',
    title: 'Événements de l’agent SENSE',
    blurb: 'ID d’événement du journal Microsoft › Windows › SENSE › Opérationnel.',
    codeLabel: 'Événement',
    codeKind: 'event',
    eventLog: 'sense',
    rowIdPrefix: 'evt-',
    idPerCode: false,
  },
  intune: {
    file: 'intune-errors',
    title: 'Codes d’erreur Microsoft Intune et OMA-URI',
    blurb: 'Codes d’erreur Intune, en hexadécimal et en décimal signé, avec les OMA-URI concernés.',
    codeLabel: 'Code',
    codeKind: 'code32',
    rowIdPrefix: '0x',
    idPerCode: false,
  },
  'non-conformite': {
    file: 'non-compliance',
    title: 'Problèmes connus de non-conformité',
    blurb: 'Cas où Intune signale l’appareil comme non conforme.',
    codeLabel: 'Cas',
    codeKind: 'case',
    rowIdPrefix: 'cas-',
    idPerCode: false,
  },
  mdm: {
    file: 'mdm-events',
    title: 'Journal des événements MDM',
    blurb: 'Microsoft\\Windows\\DeviceManagement-EnterpriseDiagnostics-Provider, canal Administration.',
    codeLabel: 'Événement',
    codeKind: 'event',
    eventLog: 'mdm',
    rowIdPrefix: 'evt-',
    idPerCode: false,
  },
  scp: {
    file: 'scp-statuses',
    title: 'États d’inscription SCP / SenseCM',
    blurb: 'Valeurs de la clé HKLM\\SOFTWARE\\Microsoft\\SenseCM\\EnrollmentStatus (gestion de la sécurité).',
    codeLabel: 'Code',
    codeKind: 'status',
    rowIdPrefix: 'code-',
    idPerCode: true,
  },
} as const satisfies Record<string, CodeTableFacts>;

export type CodeTableId = keyof typeof CODE_TABLES;

/** Every code table the portal knows, in the order the index lists them (a content directory may lack some). */
export const KNOWN_CODE_TABLES = Object.keys(CODE_TABLES) as CodeTableId[];

export function isKnownCodeTable(value: string): value is CodeTableId {
  return Object.hasOwn(CODE_TABLES, value);
}

/** The id of the row (or of the code inside its row) that answers to `code` in `table`. */
export function rowId(table: CodeTableId, code: number): string {
  const { rowIdPrefix } = CODE_TABLES[table];
  return rowIdPrefix === '0x' ? `0x${(code >>> 0).toString(16).padStart(8, '0')}` : `${rowIdPrefix}${code}`;
}

/** A row id of `table` read back as the number it names, or undefined when it is not one of its ids. */
export function codeOfRowId(table: CodeTableId, id: string): number | undefined {
  const { rowIdPrefix } = CODE_TABLES[table];
  const digits =
    rowIdPrefix === '0x' ? /^0x([0-9a-f]{8})$/.exec(id) : new RegExp(`^${rowIdPrefix}(\\d{1,10})$`).exec(id);
  if (!digits) return undefined;
  return Number.parseInt(digits[1] as string, rowIdPrefix === '0x' ? 16 : 10);
}
