import { foldText } from '@/lib/text/fold';
import { providerLog, type ProviderLog } from './providers';
import { findEventTable } from './tables';

/**
 * A pasted Windows event read as a record: provider or log, event id, level, message and named values,
 * from the shapes agents paste — Event Viewer's General tab copied in English or French (« Source : SENSE »,
 * « Event ID : 7 », « ID de l’événement : 7 »), its XML (`<Provider Name=…>`, `<EventID>`), `wevtutil qe
 * /f:text`, `Get-WinEvent | Format-List` (`ProviderName`, `Id`, `LevelDisplayName`, `Message`), the
 * onboarding script's `[Error Id: 5, Error Level: 1]` lines, and registry values as `reg query` prints them
 * (`OnboardingState    REG_DWORD    0x1`) or a `.reg` export holds them (`"OnboardingState"=dword:00000001`).
 * A table of events (Event Viewer's CSV export, `Get-WinEvent` as a table: `tables.ts`) is read by its
 * first row, with its header's meaning.
 */
export type NamedValue = { name: string; value: string };

export type EventFields = {
  /** The provider as written (« SENSE », « Microsoft-Windows-SENSE », « Service Control Manager »). */
  provider?: string;
  /** Our log the provider or channel names, `other` for another provider's. */
  log?: ProviderLog;
  logName?: string;
  eventId?: number;
  level?: string;
  message?: string;
  values: NamedValue[];
};

type FieldName = 'provider' | 'logName' | 'eventId' | 'level' | 'message' | 'ignored';

/** Field labels in English, French and PowerShell, folded (no accents, plain apostrophes). */
const LABELS: readonly [FieldName, string][] = [
  ['provider', 'source|provider ?name|provider|fournisseur|nom du fournisseur'],
  ['logName', 'log ?name|nom du journal|channel|canal'],
  ['eventId', "event ?id|id de l'evenement|id d'evenement|identificateur d'evenement|identifiant d'evenement"],
  ['level', 'level ?display ?name|level|niveau'],
  ['message', 'description|message'],
  // Fields read only as where the one before ends (one-line copies run them together).
  [
    'ignored',
    'date|time ?created|task category|categorie de la tache|keywords|mots-cles|user|utilisateur|computer|ordinateur|op ?code|code operation|record ?id|process ?id|thread ?id|machine ?name',
  ],
];
/** `Id : 7` alone names the event only at a line's start (Get-WinEvent | Format-List), never « process id: 7 ». */
const LABEL = `${LABELS.map(([, words]) => words).join('|')}|(?<=^|\\n)\\s*id`;
/** `Label : value` up to the line's end or the next label (one-line copies: « Source : SENSE, Event ID : 7 »). */
const FIELD = new RegExp(`(?<![\\w'-])(${LABEL})\\s*[:=]\\s*(.*?)(?=[\\s,;|]+(?:${LABEL})\\s*[:=]|\\n|$)`, 'g');

const XML_PROVIDER = /<provider\b[^>]*\bname="([^"]+)"/;
const XML_EVENT_ID = /<eventid\b[^>]*>\s*(\d{1,5})\s*<\/eventid>/;
const XML_CHANNEL = /<channel>([^<]+)<\/channel>/;
const XML_LEVEL = /<level>(\d)<\/level>/;
const XML_DATA = /<data name="([^"]+)">([^<]*)<\/data>/g;
/** The onboarding script's own error line: its Error Id is the event id it writes to WDATPOnboarding. */
/** A provider named without a label, in a tab- or space-separated line (`System  Service Control Manager  7000`). */
const UNLABELLED_PROVIDER = /\b(service control manager|msiinstaller|microsoft-windows-[a-z][\w-]*(?:\/\w+)?)\b/;
const SCRIPT_ERROR = /\[error id:\s*(\d{1,5}),\s*error level:\s*(\d+)\]/;
const REG_QUERY_VALUE = /^\s*([\w.-]+)\s+reg_(?:dword|qword|sz|expand_sz|multi_sz|binary)\s+(\S+)/gm;
const REG_FILE_VALUE = /^\s*"([\w.-]+)"\s*=\s*(?:dword:([0-9a-f]{8})|qword:([0-9a-f]+)|"([^"]*)")/gm;

const XML_LEVELS: Readonly<Record<string, string>> = {
  '1': 'critical',
  '2': 'error',
  '3': 'warning',
  '4': 'information',
};

const LABEL_OF = new Map<string, FieldName>();
function fieldOf(label: string): FieldName | undefined {
  if (label === 'id') return 'eventId';
  const cached = LABEL_OF.get(label);
  if (cached) return cached;
  const found = LABELS.find(([, words]) => new RegExp(`^(?:${words})$`).test(label))?.[0];
  if (found) LABEL_OF.set(label, found);
  return found;
}

/** Reads the fields of one record (an event, a line, an e-mail paragraph). Missing fields stay undefined. */
export function readEventFields(text: string): EventFields {
  const folded = foldLines(text);
  const fields: EventFields = { values: [] };
  readTable(text, fields);
  readXml(folded, fields);
  readLabelled(folded, fields);
  const script = SCRIPT_ERROR.exec(folded);
  if (script && fields.eventId === undefined) {
    fields.provider ??= 'WDATPOnboarding';
    fields.eventId = Number(script[1]);
    fields.level ??= `error level ${script[2]}`;
  }
  if (fields.provider === undefined) {
    const named = UNLABELLED_PROVIDER.exec(folded);
    if (named) fields.provider = named[1] as string;
  }
  fields.values.push(...registryValues(folded));
  const log = fields.provider !== undefined ? providerLog(fields.provider) : undefined;
  const channel = fields.logName !== undefined ? providerLog(fields.logName) : undefined;
  // A channel of ours (`Microsoft-Windows-SENSE/Operational`) names the provider when the source is generic.
  const resolved = log ?? channel;
  if (resolved) fields.log = resolved;
  return fields;
}

/** Folds each line on its own, so that line breaks survive (fields end at the line's end). */
function foldLines(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => (line.trim() ? foldText(line) : ''))
    .join('\n');
}

function readTable(text: string, fields: EventFields): void {
  const row = findEventTable(text.split(/\r\n|\r|\n/))?.rows[0];
  if (!row) return;
  if (row.provider !== undefined) fields.provider = foldText(row.provider);
  if (row.logName !== undefined) fields.logName = foldText(row.logName);
  if (row.eventId !== undefined) fields.eventId = row.eventId;
  if (row.level !== undefined) fields.level = foldText(row.level);
  if (row.message !== undefined) fields.message = foldText(row.message);
}

function readXml(folded: string, fields: EventFields): void {
  const provider = XML_PROVIDER.exec(folded);
  if (provider) fields.provider = provider[1] as string;
  const id = XML_EVENT_ID.exec(folded);
  if (id) fields.eventId = Number(id[1]);
  const channel = XML_CHANNEL.exec(folded);
  if (channel) fields.logName = (channel[1] as string).trim();
  const level = XML_LEVEL.exec(folded);
  if (level) fields.level = XML_LEVELS[level[1] as string] ?? level[1];
  for (const match of folded.matchAll(XML_DATA))
    fields.values.push({ name: match[1] as string, value: match[2] as string });
}

function readLabelled(folded: string, fields: EventFields): void {
  for (const match of folded.matchAll(FIELD)) {
    const field = fieldOf((match[1] as string).trim());
    const value = (match[2] as string).trim();
    if (!field || field === 'ignored' || !value) continue;
    if (field === 'eventId') {
      const id = /^(\d{1,5})\b/.exec(value);
      if (id && fields.eventId === undefined) fields.eventId = Number(id[1]);
      continue;
    }
    if (fields[field] === undefined) fields[field] = value;
  }
}

/** Registry values from `reg query` output and `.reg` exports, with their data as `reg query` prints it. */
export function registryValues(folded: string): NamedValue[] {
  const values: NamedValue[] = [];
  for (const match of folded.matchAll(REG_QUERY_VALUE))
    values.push({ name: match[1] as string, value: match[2] as string });
  for (const match of folded.matchAll(REG_FILE_VALUE)) {
    const [, name, dword, qword, string] = match;
    const value = dword ? `0x${dword}` : qword ? `0x${qword}` : (string ?? '');
    values.push({ name: name as string, value });
  }
  return values;
}
