/**
 * Redaction of what agents type before anything is stored: a search query is often a pasted log, and logs
 * carry the customer's people, machines and network. Each kind of personal or customer datum becomes a
 * bracketed placeholder (`[IP]`, `[e-mail]`…); what makes a query useful to the lead stays: error codes in
 * every notation, event ids, statuses, product words, our services' host names and Windows' own paths.
 * Pure: runs on the server before every write (and may run in the browser too).
 */

export const REDACTION_KINDS = [
  'email',
  'url-host',
  'ipv4',
  'ipv6',
  'mac',
  'sid',
  'guid',
  'device-id',
  'user-path',
  'user-field',
  'host',
  'ticket',
  'phone',
] as const;
export type RedactionKind = (typeof REDACTION_KINDS)[number];

export const PLACEHOLDER: Readonly<Record<RedactionKind, string>> = {
  email: '[e-mail]',
  'url-host': '[hôte]',
  ipv4: '[IP]',
  ipv6: '[IP]',
  mac: '[MAC]',
  sid: '[SID]',
  guid: '[GUID]',
  'device-id': '[ID appareil]',
  'user-path': '[utilisateur]',
  'user-field': '[utilisateur]',
  host: '[hôte]',
  ticket: '[ticket]',
  phone: '[téléphone]',
};

/**
 * Domains of the services the articles name (Microsoft's endpoints, Learn, the CRL hosts, the public code
 * host they link to): a query that names one is about our content, not about a customer. Any host under one
 * of them is kept (a unit test checks every host the content names).
 */
export const SERVICE_DOMAINS = [
  'microsoft.com',
  'microsoftonline.com',
  'microsoftonline-p.com',
  'windows.com',
  'windows.net',
  'windowsupdate.com',
  'azure.com',
  'azure.net',
  'azureedge.net',
  'office.com',
  'office365.com',
  'office.net',
  'sharepointonline.com',
  'live.com',
  'msft.net',
  'msedge.net',
  'msocsp.com',
  'digicert.com',
  'aka.ms',
  'msappproxy.net',
  'github.com',
] as const;

/** Well-known SIDs name built-in principals (SYSTEM, Administrators), never a person: kept. */
const WELL_KNOWN_SID = /^S-1-(?:0-0|1-0|2-[01]|3-[0-4]|5-(?:[1-9]|1[0-9]|20|32-\d{3}|80-0|113|114))$/i;

/**
 * Top-level domains a customer's machines and mail live under: generic ones, internal suffixes, and the
 * country codes of the French-speaking customers. File extensions that are also country codes (`.md`,
 * `.sh`, `.ps`, `.py`, `.pl`) are left out on purpose: `install.ps1` or `README.md` are not hosts.
 */
const HOST_TLDS = new Set([
  'com',
  'net',
  'org',
  'info',
  'biz',
  'gov',
  'edu',
  'int',
  'eu',
  'io',
  'cloud',
  'fr',
  'be',
  'ch',
  'lu',
  'ca',
  'mc',
  'ma',
  'tn',
  'dz',
  'sn',
  'ci',
  'cm',
  're',
  'nc',
  'pf',
  'de',
  'uk',
  'nl',
  'es',
  'it',
  'pt',
  'at',
  'us',
  'local',
  'lan',
  'corp',
  'intra',
  'intranet',
  'internal',
  'home',
  'priv',
  'private',
  'ad',
  'domain',
  'localdomain',
  'test',
  'example',
  'invalid',
]);

/** Windows' own profile folders: not a person. */
const SHARED_PROFILES = new Set(['public', 'default', 'default user', 'all users', 'defaultapppool', 'administrateur']);

type Rule = { kind: RedactionKind; pattern: RegExp; replace: (match: string, ...groups: string[]) => string };

const placeholder = (kind: RedactionKind) => () => PLACEHOLDER[kind];

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\w.])(?:${OCTET}\\.){3}${OCTET}(?:/\\d{1,2})?(?![\\w]|\\.\\d)`, 'g');
/** A run of hex digits and colons (with an optional zone or embedded IPv4): validated by `isIpv6`. */
const IPV6_CANDIDATE =
  /(?<![\w:.\]])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?::(?:\d{1,3}\.){3}\d{1,3})?(?:%\w+)?(?![\w:.])/gi;
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const FQDN = new RegExp(`(?<![\\w@.\\\\/-])(?:${LABEL}\\.)+([a-z]{2,24})(?![\\w-]|\\.[a-z0-9])`, 'gi');

/** Whether a candidate is an IPv6 address (eight groups, or fewer with one `::`), not a time or a scope. */
export function isIpv6(candidate: string): boolean {
  const address = candidate.replace(/%\w+$/, '');
  const embedded = /(?:\d{1,3}\.){3}\d{1,3}$/.test(address);
  const groupsNeeded = embedded ? 6 : 8;
  const head = embedded ? address.replace(/:?(?:\d{1,3}\.){3}\d{1,3}$/, '') : address;
  const halves = head.split('::');
  if (halves.length > 2) return false;
  const groups = halves.map((half) => (half ? half.split(':') : []));
  if (groups.some((list) => list.some((group) => !/^[0-9a-f]{1,4}$/i.test(group)))) return false;
  const count = groups.reduce((sum, list) => sum + list.length, 0);
  if (halves.length === 1) return count === groupsNeeded;
  // `::` stands for at least one group of zeros; a bare `::` (or `::1`, the loopback) identifies no one.
  return count < groupsNeeded && count >= (embedded ? 0 : 2);
}

function isServiceHost(host: string): boolean {
  const lower = host.toLowerCase().replace(/^\*\./, '');
  return SERVICE_DOMAINS.some((domain) => lower === domain || lower.endsWith(`.${domain}`));
}

/** A dotted name is a host when its last label is a domain suffix and it is not one of our services. */
function redactHost(match: string, tld: string): string {
  // .NET namespaces (`System.Net`, `Microsoft.Com…`) are names of code, not machines.
  if (!HOST_TLDS.has(tld.toLowerCase()) || /^(?:system|microsoft)\./i.test(match)) return match;
  return isServiceHost(match) ? match : PLACEHOLDER.host;
}

/** The rules, in order: an earlier rule's placeholder is never matched again by a later one. */
const RULES: readonly Rule[] = [
  {
    kind: 'email',
    pattern: /[\w.%+-]+@(?:[a-z0-9-]+\.)+[a-z]{2,24}\b/gi,
    replace: placeholder('email'),
  },
  {
    // The host of a URL or UNC path, whatever its form (a bare machine name too); our services' hosts stay.
    kind: 'url-host',
    pattern: /(\b(?:https?|ftp|ldaps?|wss?):\/\/|\\\\)([a-z0-9][\w.-]*)/gi,
    replace: (_match, scheme: string, host: string) =>
      isServiceHost(host) || /^(?:localhost|127\.0\.0\.1)$/i.test(host)
        ? `${scheme}${host}`
        : `${scheme}${/^[\d.]+$/.test(host) ? PLACEHOLDER.ipv4 : PLACEHOLDER['url-host']}`,
  },
  {
    kind: 'sid',
    pattern: /\bS-1-\d+(?:-\d+)+\b/gi,
    replace: (match) => (WELL_KNOWN_SID.test(match) ? match : PLACEHOLDER.sid),
  },
  {
    kind: 'guid',
    pattern: /\{?\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b\}?/gi,
    replace: placeholder('guid'),
  },
  {
    // Defender's device id (`machineId`, `DeviceId`): 40 hex digits, a SHA-1.
    kind: 'device-id',
    pattern: /\b[0-9a-f]{40}\b/gi,
    replace: placeholder('device-id'),
  },
  {
    kind: 'mac',
    pattern: /(?<![\w:-])[0-9a-f]{2}(?:([:-])[0-9a-f]{2})(?:\1[0-9a-f]{2}){4}(?![\w:-])/gi,
    replace: placeholder('mac'),
  },
  {
    kind: 'ipv6',
    pattern: IPV6_CANDIDATE,
    replace: (match) => (isIpv6(match) ? PLACEHOLDER.ipv6 : match),
  },
  {
    // Loopback and « any » name no one and matter to the diagnosis (a local proxy on 127.0.0.1:8888).
    kind: 'ipv4',
    pattern: IPV4,
    replace: (match) => (/^(?:127\.0\.0\.1|0\.0\.0\.0)(?:\/\d+)?$/.test(match) ? match : PLACEHOLDER.ipv4),
  },
  {
    // C:\Users\<name>\, /home/<name>/, /Users/<name>/ (Defender on macOS and Linux).
    kind: 'user-path',
    pattern:
      /(\b[a-z]:\\(?:users|utilisateurs|documents and settings)\\|(?<![\w.])\/(?:home|users)\/)([^\\/\s"'<>:]+)/gi,
    replace: (match, prefix: string, name: string) =>
      SHARED_PROFILES.has(name.toLowerCase()) || name.startsWith('[') ? match : `${prefix}${PLACEHOLDER['user-path']}`,
  },
  {
    // A user named in a log field: `User: CONTOSO\jdupont`, « Nom du compte : jdupont », `UserName=…`.
    kind: 'user-field',
    pattern:
      /\b((?:user(?:\s?name)?|account(?:\s+name)?|utilisateur|nom du compte|nom d[’']utilisateur|upn|samaccountname)\s*[:=]\s*"?)((?:[\w.-]+\\)?[\w.$-]+)/gi,
    replace: (match, field: string, value: string) =>
      /^(?:system|syst[eè]me|n\/a|-|service local|local service|network service|service r[ée]seau)$/i.test(value) ||
      value.startsWith('[')
        ? match
        : `${field}${PLACEHOLDER['user-field']}`,
  },
  {
    // The machine named by a log field (« Ordinateur : PC-COMPTA-12 », `<Computer>…</Computer>`), whatever its form.
    kind: 'host',
    pattern:
      /\b((?:computer(?:\s?name)?|ordinateur|nom de l[’']ordinateur|nom de l[’']appareil|device\s?name|machine\s?name|hostname|host name|nom d[’']h[oô]te|workstation(?:\s?name)?|poste)\s*[:=]\s*"?|<computer>)([\w][\w.-]*)/gi,
    replace: (match, field: string, value: string) =>
      value.startsWith('[') || isServiceHost(value) ? match : `${field}${PLACEHOLDER.host}`,
  },
  {
    // Windows' generated names: DESKTOP-7K3J9QX, LAPTOP-…, WIN-…
    kind: 'host',
    pattern: /\b(?:DESKTOP|LAPTOP|WIN|PC|SRV|SERVER|WKS|WS)-[A-Z0-9]{4,15}\b/g,
    replace: placeholder('host'),
  },
  {
    kind: 'host',
    pattern: FQDN,
    replace: (match, tld: string) => redactHost(match, tld),
  },
  {
    // ServiceNow-style numbers (INC0012345, RITM…), and a number after « ticket », « incident », « demande »…
    kind: 'ticket',
    pattern:
      /\b(?:INC|RITM|REQ|CHG|PRB|SCTASK|TASK|SR|CS|WO)[-_ ]?\d{5,12}\b|\b((?:tickets?|incidents?|demandes?|dossiers?|requ[eê]tes?|case|cas support|support case|sr)\s*(?:n[°o]\.?|no\.?|num[ée]ro|#|:)?\s*)#?\d{4,16}\b/gi,
    replace: (match, words?: string) => (words ? `${words}${PLACEHOLDER.ticket}` : PLACEHOLDER.ticket),
  },
  {
    // International (+33 6 12 34 56 78, 0033…), and French national numbers written in pairs or glued
    // (06 12 34 56 78, 06.12.34.56.78, 0612345678). A decimal error code has no leading 0 and no pairs.
    kind: 'phone',
    pattern:
      /(?<![\w+-])(?:(?:\+|00)\d{1,3}[\s.-]?(?:\(0\))?[\s.-]?\d{1,4}(?:[\s.-]?\d{2,4}){2,5}|0[1-9](?:[\s.-]?\d{2}){4})(?![\w-])/g,
    replace: placeholder('phone'),
  },
];

/** Redacts every kind of personal or customer datum in `text` (see REDACTION_KINDS). */
export function redact(text: string): string {
  let out = text;
  for (const rule of RULES) out = out.replace(rule.pattern, rule.replace as (match: string) => string);
  return out;
}

/** The kinds found in `text`, for tests and for the bench's report. */
export function redactionKinds(text: string): RedactionKind[] {
  const found = new Set<RedactionKind>();
  let out = text;
  for (const rule of RULES) {
    const next = out.replace(rule.pattern, rule.replace as (match: string) => string);
    if (next !== out) found.add(rule.kind);
    out = next;
  }
  return [...found];
}
