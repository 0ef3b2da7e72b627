import { decodeErrorCode } from '@/lib/error-code';
import { readEventFields } from '@/lib/logs/event-fields';
import { guidPattern } from '@/lib/logs/patterns';
import { PROVIDER_BEFORE_ID, providerLog } from '@/lib/logs/providers';
import { findEventTable } from '@/lib/logs/tables';
import { namesStatusValue, statedStatuses } from '@/lib/logs/stated-values';
import type { EventLog } from '@/lib/tables/code-tables-meta';
import { foldText } from '@/lib/text/fold';

/**
 * What a query says beyond its words: codes in any notation, event ids with the log they come from,
 * enrollment statuses, non-compliance cases, GUIDs, and the product it is about. Numbers that are not
 * codes (dates, times, versions, IPs, quantities, digits inside URLs, paths, XML attributes and SIDs,
 * command-output fields) are recognised as such and ignored, so that a pasted Event Viewer export or
 * `sc query` output only yields its real codes.
 */
export type SignalKind = 'event' | 'status' | 'case' | 'number';
export type ProductContext = 'defender-endpoint' | 'azure-atp';
export type CodeSignal = {
  value: number;
  kind: SignalKind | 'code32';
  text: string;
  /** For events: the log named by the query (`other` when it names a log that is not ours). */
  log?: EventLog | 'other';
  /** For a plain number: the one kind of value the query talks about (a status value), if it names one. */
  context?: 'status';
};
export type QuerySignals = {
  codes: CodeSignal[];
  guids: string[];
  /** Products the query names (« MDE », « capteur ATP »…). */
  products: ProductContext[];
  /** The query's text for word matching: XML markup, dates, times and quantities removed. */
  wordText: string;
};

/** Only the first characters are read: a pasted log keeps its codes near the top, and cost stays bounded. */
export const SIGNAL_TEXT_LIMIT = 4000;

const GUID = guidPattern();

/** Event log providers and channels, as Event Viewer names them, to the table they belong to. */
const OUR_LOGS: readonly [RegExp, EventLog][] = [
  [/\bmicrosoft-windows-sense\b/, 'sense'],
  [/\bwdatponboarding\b/, 'script'],
  [/\bdevicemanagement-enterprise-?diagnostics?-provider\b/, 'mdm'],
  // Named in words: « dans le journal SENSE », "SENSE event log".
  [/\b(?:journal|log|canal|channel)\s+(?:de l'agent\s+|du service\s+)?sense\b|\bsense\s+(?:event\s+)?log\b/, 'sense'],
];
/** A log named in a field (« Source : … », `Provider Name="…"`, "Log Name: …"): ours or another service's. */
const LOG_FIELD =
  /(?:\bsource|\bprovider name|\bfournisseur|\bnom du journal|\blog name|\bjournal|\bchannel)\s*[:=]\s*"?([a-z][\w .\-/]{2,80})/g;

const PRODUCT_NAMES: readonly [RegExp, ProductContext][] = [
  [
    /\b(?:mde|mdatp|wdatp|defender (?:for|pour) (?:le )?(?:endpoint|point de terminaison)|(?:microsoft|windows) defender atp|defender atp|microsoft (?:365 )?defender(?! (?:for|pour) (?:l'?)?ident| antivirus| av\b))\b/,
    'defender-endpoint',
  ],
  [
    /\b(?:azure atp|aatp|mdi|defender (?:for|pour) (?:l'?)?ident\w*|capteurs? (?:azure )?atp|atp sensors?)\b/,
    'azure-atp',
  ],
];

// Spans whose digits are never codes. Each is replaced by spaces before numbers are read.
const URL = /\b(?:https?|ftp|ldaps?):\/\/[^\s"'<>]+/g;
const XML_ATTRIBUTE = /\b[\w:.-]+="[^"]*"/g;
/** Event Viewer's <System> fields other than the event id. */
const XML_SYSTEM_FIELD =
  /<(version|level|task|opcode|keywords|eventrecordid|correlation|execution|channel|computer|security|timecreated)\b[^>]*>[^<]*<\/\1>/g;
const SID = /\bs-1-\d+(?:-\d+)+/g;
const OCTET = '(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)';
const IP = new RegExp(`\\b(?:${OCTET}\\.){3}${OCTET}(?::\\d+)?\\b`, 'g');
const DATE = /\b\d{4}-\d{2}-\d{2}(?:t[\d:.]+z?)?|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g;
const TIME = /\b\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\b/g;
const VERSION = /\bv?\d+(?:\.\d+){1,3}\b/g;
/**
 * An operating system's release (« Windows 10 », « Win 11 », « Windows Server 2019 », « serveur 2016 R2 »): agents
 * name the system a problem happens on; its number is never an event id, a status or a case.
 */
const OS_RELEASE =
  /\b(?:windows|win)\s*(?:server\s*)?\d{1,4}\b(?:\s*r2\b)?|\b(?:server|serveur)\s+(?:19|20)\d\d\b(?:\s*r2\b)?/g;
/**
 * A number followed by a unit is a quantity (« 16 cœurs », « 128 Go », « 3 jours »), not a code. One-letter and
 * ambiguous units count only glued to the number (`30s`, `2h`); a unit never ends before an apostrophe
 * (« l'événement 15 s'affiche »: `s'` is a pronoun).
 */
const TIME_UNITS =
  'jours?|days?|heures?|hours?|minutes?|min|mn|secondes?|seconds?|sec|ms|semaines?|weeks?|mois|months?|ans|annees?|years?|fois|times';
const OTHER_UNITS =
  'processeurs?|coeurs?|cores?|v?cpus?|threads?|sockets?|go|mo|ko|gb|mb|kb|tb|gib|mib|ghz|mhz|mbps|gbps|octets?|bytes?|utilisateurs?|users?|postes?|machines?|appareils?|ordinateurs?|serveurs?|servers?|sites?|domaines?|controleurs?|dc';
const quantity = (units: string, other: string) =>
  `(?<![\\p{L}\\p{N}_.,])\\d+(?:[.,]\\d+)?(?:\\s*(?:%|(?:${units}|${other})(?![\\p{L}\\p{N}_'’]))|(?:s|h)(?![\\p{L}\\p{N}_'’]))`;
/** The unit words with their accents optional: the query keeps its accents for the stemmer. */
const anyAccent = (units: string) =>
  units.replace(
    /oe|[aeiouc]/g,
    (letter) =>
      ({ oe: '(?:oe|œ)', a: '[aàâ]', e: '[eéèêë]', i: '[iîï]', o: '[oô]', u: '[uùûü]', c: '[cç]' })[letter] ?? letter,
  );
const QUANTITY = new RegExp(quantity(TIME_UNITS, OTHER_UNITS), 'gu');
const QUANTITY_ANY_ACCENT = new RegExp(quantity(anyAccent(TIME_UNITS), anyAccent(OTHER_UNITS)), 'giu');
const SIZE_UNITS = 'go|mo|ko|gb|mb|kb|tb|gib|mib|kib|octets?|bytes?';
/** A duration or a size goes whole: its unit (« jours », « Go ») says nothing, and matches unrelated words. */
const DROPPED_QUANTITY = new RegExp(`\\d(?:\\s*(?:${anyAccent(TIME_UNITS)}|${SIZE_UNITS})|s|h)$`, 'iu');
/** Fields of `sc query` / `sc qc` / `dsregcmd` whose numbers are states, not errors. */
const COMMAND_FIELD =
  /\b(?:type|state|etat|start_type|error_control|checkpoint|point_de_controle|wait_hint|service_exit_code|pid|flags|tag)\s*:\s*(?:0x[0-9a-f]+|\d+)\b/g;
/** `reg query` output: a value's data means what its name says. */
const REGISTRY_VALUE = /\b([\w.-]+)\s+reg_(?:dword|qword|sz|expand_sz|multi_sz|binary)\s+(\S+)/g;

// Numbers that are codes.
/** « 2 278 686 184 », « -2.016.281.112 »: French thousands separators (spaces, non-breaking, dots). */
const GROUPED_DECIMAL = /(?<![\w.,-])-?\d{1,3}(?:[ .]\d{3}){2,3}(?![\w]|[.,]\d)/g;
const HEX_PREFIXED = /\b0x[0-9a-f]{1,8}\b/g;
/** Bare hexadecimal as Intune prints it without 0x: 8 digits with at least one letter. */
const HEX_BARE = /\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{8}\b/g;
/** Signed or large unsigned decimals: how consoles print 32-bit codes. */
const BIG_DECIMAL = /(?<![\w.-])-\d{6,10}\b|\b\d{7,10}\b/g;
/** Event Viewer's own event id field, in text form: read before anything else on its line is. */
const EVENT_ID_FIELD = /\b(?:event ?id|eventid|id (?:de l'|d')evenement)\s*(?:n°|no|#|:|=|-)?\s*(\d{1,5})\b/g;
/** Other ids of a log line (thread, process, session…): never an event id or a code. */
const OTHER_ID_FIELD =
  /\b(?:thread|process|session|logon|record|activity|correlation|user|task)\s*id\s*[:=#]?\s*(?:0x[0-9a-f]+|\d+)/g;
/** `<EventID>7</EventID>` (with or without a Qualifiers attribute, removed before). */
const XML_EVENT_ID = /<eventid\b[^>]*>\s*(\d{1,5})\s*<\/eventid>/g;
const KEYED_NUMBER =
  /\b(event ?id|eventid|id (?:de l'|d')evenement|code (?:d'erreur|erreur)|error ?code|statut d'inscription|etat d'inscription|enrollment ?status|evenements?|events?|evt|inscription|enrollment|statut|etat|status|code|cas|case)\s*(?:n°|no|#|:|=|-)?\s*(\d{1,5})\b/g;
/** A bare number of 2–4 digits may be an event id or a status; a lone digit is too common to mean one. */
const PLAIN_NUMBER = /(?<![\w.:/\\-])\d{2,4}(?![\w.:/\\-]|,\d)/g;

const KEYED_KINDS: ReadonlySet<CodeSignal['kind']> = new Set(['event', 'status', 'case']);
/** Words that make a query about an event, whatever else it names. */
const EVENT_WORD = /\b(?:event|evenements?|evt|eventid|journal des evenements|event log)\b/;

function keyKind(key: string): SignalKind {
  if (/^(?:event|id |evt|evenement)/.test(key)) return 'event';
  if (/inscription|enrollment|statut|etat|status/.test(key)) return 'status';
  if (/^cas/.test(key)) return 'case';
  return 'number';
}

function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (match) => ' '.repeat(match.length));
}

/** The log an event id belongs to: the one of ours the query names, `other` if it names only another. */
export function eventLogContext(
  folded: string,
  fromFields: EventLog | 'other' | undefined = readEventFields(folded).log,
): EventLog | 'other' | undefined {
  if (fromFields) return fromFields;
  const ours = new Set(OUR_LOGS.filter(([pattern]) => pattern.test(folded)).map(([, log]) => log));
  if (ours.size === 1) return [...ours][0];
  if (ours.size > 1) return undefined;
  for (const match of folded.matchAll(LOG_FIELD)) {
    const name = (match[1] as string).trim();
    if (/^(?:application|systeme|system|securite|security|setup|operationnel|operational|admin)$/.test(name)) continue;
    return 'other';
  }
  return undefined;
}

export function productContext(folded: string): ProductContext[] {
  return PRODUCT_NAMES.filter(([pattern]) => pattern.test(folded)).map(([, product]) => product);
}

export function extractSignals(query: string): QuerySignals {
  const folded = foldText(query.slice(0, SIGNAL_TEXT_LIMIT));
  const guids = (folded.match(GUID) ?? []).map((guid) => guid.replace(/[{}]/g, ''));
  // The record's own fields first: its event id belongs to the provider it names (ours or another's).
  const fields = readEventFields(query.slice(0, SIGNAL_TEXT_LIMIT));
  const log = eventLogContext(folded, fields.log);
  const codes: CodeSignal[] = [];
  // A query about the enrollment status value (and no event) talks about status values: its bare numbers
  // are hints for status rows only, never for an event of the same number.
  const numberContext = namesStatusValue(folded) && !EVENT_WORD.test(folded) ? ('status' as const) : undefined;
  const add = (raw: string, kind: CodeSignal['kind'], eventLog?: CodeSignal['log']) => {
    const decoded = decodeErrorCode(raw.replace(/[ .]/g, ''));
    if (!decoded.ok) return;
    const value = decoded.value.unsigned;
    if (codes.some((code) => code.value === value && code.kind === kind)) return;
    // A number the query already says is an event, a status or a case is not also a bare hint.
    if (kind === 'number' && codes.some((code) => code.value === value && KEYED_KINDS.has(code.kind))) return;
    codes.push({
      value,
      kind,
      text: raw,
      ...(kind === 'event' && eventLog ? { log: eventLog } : {}),
      ...(kind === 'number' && numberContext ? { context: numberContext } : {}),
    });
  };

  if (fields.eventId !== undefined) add(String(fields.eventId), 'event', fields.log ?? log);
  // A table of events (CSV export, `Get-WinEvent` table): every row's event, with its own provider's log.
  for (const row of findEventTable(query.slice(0, SIGNAL_TEXT_LIMIT).split(/\r\n|\r|\n/))?.rows ?? []) {
    const rowLog = row.provider !== undefined ? providerLog(row.provider) : undefined;
    if (row.eventId !== undefined) add(String(row.eventId), 'event', rowLog ?? log);
  }
  for (const status of statedStatuses(folded)) add(String(status), 'status');
  for (const { name, value } of fields.values) if (/status$/.test(name)) add(value, 'status');
  let text = blank(folded, GUID);
  // « sense 7 », « WDATPOnboarding event 35 »: the provider names the event's log.
  for (const match of text.matchAll(PROVIDER_BEFORE_ID))
    add(match[2] as string, 'event', providerLog(match[1] as string));
  text = blank(text, PROVIDER_BEFORE_ID);
  for (const pattern of [XML_EVENT_ID, EVENT_ID_FIELD]) {
    for (const match of text.matchAll(pattern)) add(match[1] as string, 'event', log);
    text = blank(text, pattern);
  }
  text = blank(text, OTHER_ID_FIELD);
  for (const pattern of [URL, XML_SYSTEM_FIELD, XML_ATTRIBUTE, SID, IP, DATE, TIME, QUANTITY, COMMAND_FIELD])
    text = blank(text, pattern);
  for (const match of text.matchAll(REGISTRY_VALUE)) {
    const [name, data] = [match[1] as string, match[2] as string];
    if (/status$/.test(name)) add(data, 'status');
    else if (/^0x[0-9a-f]{8}$/.test(data) && Number.parseInt(data, 16) >= 0x80000000) add(data, 'code32');
  }
  text = blank(text, REGISTRY_VALUE);
  for (const match of text.matchAll(GROUPED_DECIMAL)) {
    if (Math.abs(Number(match[0].replace(/[ .]/g, ''))) >= 1_000_000) add(match[0], 'code32');
  }
  text = blank(text, GROUPED_DECIMAL);
  text = blank(blank(text, VERSION), OS_RELEASE);
  for (const match of text.matchAll(HEX_PREFIXED)) add(match[0], 'code32');
  for (const match of text.matchAll(HEX_BARE)) add(match[0], 'code32');
  for (const match of text.matchAll(BIG_DECIMAL)) add(match[0], 'code32');
  for (const match of text.matchAll(KEYED_NUMBER)) {
    const kind = keyKind(match[1] as string);
    add(match[2] as string, kind, kind === 'event' ? log : undefined);
  }
  text = blank(text, KEYED_NUMBER);
  for (const match of text.matchAll(PLAIN_NUMBER)) add(match[0], 'number');

  return { codes, guids, products: productContext(folded), wordText: wordText(query.slice(0, SIGNAL_TEXT_LIMIT * 2)) };
}

/**
 * XML markup, dates, times and quantities say nothing about the resolution: word matching skips them (a
 * duration whole: « jours » would match « mise à jour »; a hardware quantity keeps its unit: « cœurs »).
 */
function wordText(query: string): string {
  return query
    .replace(/<\/?[\w:.-]+(?:\s+[\w:.-]+="[^"]*")*\s*\/?>/g, ' ')
    .replace(new RegExp(DATE.source, 'gi'), ' ')
    .replace(TIME, ' ')
    .replace(QUANTITY_ANY_ACCENT, (match) => (DROPPED_QUANTITY.test(match) ? ' ' : match.replace(/[\d.,]/g, ' ')));
}
