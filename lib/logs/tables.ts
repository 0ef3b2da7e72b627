import { foldText } from '@/lib/text/fold';

/**
 * Windows events pasted as a table: one header line names the columns of many rows. Two shapes agents paste:
 *
 * - Event Viewer's « Enregistrer tous les événements sous… » CSV (`Level,Date and Time,Source,Event ID,Task
 *   Category`, in French `Niveau,Date et heure,Source,ID de l’événement,Catégorie de la tâche`), whose rows
 *   carry one more, unnamed cell: the message, quoted and often on several lines; and `Export-Csv` of
 *   `Get-WinEvent` (`"Message","Id",…,"ProviderName",…`).
 * - `Get-WinEvent` as a table (`TimeCreated  Id LevelDisplayName Message`, a line of dashes under it, often
 *   `ProviderName: Microsoft-Windows-SENSE` above it), a row per line, a wrapped message (`-Wrap`) going on
 *   in the message column of the next lines.
 *
 * A row is read with its header's meaning: provider, event id, level, message. The caller (search's signals,
 * the analyser's records) reads each row as one record.
 */
export type TableColumn = 'time' | 'id' | 'level' | 'provider' | 'log' | 'message' | 'task' | 'other';

export type TableHeader = {
  shape: 'csv' | 'columns';
  columns: TableColumn[];
  /** The provider every row shares (`ProviderName: …` above a `Get-WinEvent` table). */
  provider?: string;
};

export type TableRow = {
  /** 0-based indexes of the first and last line of the row in the lines given. */
  first: number;
  last: number;
  provider?: string;
  logName?: string;
  eventId?: number;
  level?: string;
  message?: string;
};

export type EventTable = {
  header: TableHeader;
  /** 0-based indexes of the lines that make the header (provider line, names, dashes). */
  headerLines: number[];
  rows: TableRow[];
};

/** Column names as Event Viewer and PowerShell print them, folded (no accents, plain apostrophes). */
const COLUMN_NAMES: readonly [TableColumn, RegExp][] = [
  ['id', /^(?:id|event ?id|eventid|id de l'evenement|id d'evenement|identificateur d'evenement)$/],
  ['provider', /^(?:source|provider ?name|providername|fournisseur)$/],
  ['log', /^(?:log ?name|logname|nom du journal|channel|canal)$/],
  ['level', /^(?:level|level ?display ?name|leveldisplayname|niveau)$/],
  ['message', /^(?:message|description)$/],
  ['time', /^(?:time ?created|timecreated|date and time|date et heure|date|time|date\/heure)$/],
  ['task', /^(?:task ?category|task ?display ?name|taskdisplayname|categorie de la tache|task)$/],
];

function columnOf(name: string): TableColumn {
  const folded = foldText(name.trim().replace(/^"|"$/g, ''));
  return COLUMN_NAMES.find(([, pattern]) => pattern.test(folded))?.[0] ?? 'other';
}

/** A header names an event id and at least two other columns we know, and holds no digit. */
function isHeader(columns: readonly TableColumn[], line: string): boolean {
  const known = columns.filter((column) => column !== 'other');
  return columns.includes('id') && new Set(known).size >= 3 && !/\d/.test(line);
}

/** The cells of one CSV line, and whether a quoted cell is still open at its end. */
function csvCells(line: string, open: boolean, into: string[]): boolean {
  let cell = open ? (into.pop() ?? '') + '\n' : '';
  let quoted = open;
  for (let i = 0; i < line.length; i++) {
    const char = line[i] as string;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && !cell.trim()) quoted = true;
    else if (char === ',') {
      into.push(cell);
      cell = '';
    } else cell += char;
  }
  into.push(cell);
  return quoted;
}

/** The header of a table starting at `lines[at]`, if that line is one (with its provider line and dashes). */
export function readTableHeader(
  lines: readonly string[],
  at: number,
): { header: TableHeader; headerLines: number[] } | undefined {
  const line = lines[at] ?? '';
  // Every header names an event id and holds no digit: other lines are passed over cheaply (long pastes).
  if (line.length > 400 || /\d/.test(line) || !/id/i.test(line)) return undefined;
  if (line.includes(',')) {
    const cells: string[] = [];
    csvCells(line, false, cells);
    const columns = cells.map(columnOf);
    if (cells.length >= 3 && isHeader(columns, line)) return { header: { shape: 'csv', columns }, headerLines: [at] };
    return undefined;
  }
  const names = line.trim().split(/\s+/);
  const columns = names.map(columnOf);
  // PowerShell prints property names without spaces: every name must be one we know.
  if (names.length < 3 || columns.includes('other') || !isHeader(columns, line)) return undefined;
  const headerLines = [at];
  if (/^\s*-+(?:\s+-+)+\s*$/.test(lines[at + 1] ?? '')) headerLines.push(at + 1);
  const header: TableHeader = { shape: 'columns', columns };
  // `ProviderName: Microsoft-Windows-SENSE` a line or two above the column names.
  for (let back = at - 1; back >= Math.max(0, at - 3); back--) {
    const provider = /^\s*(?:providername|provider ?name|fournisseur)\s*:\s*(\S.*?)\s*$/i.exec(lines[back] ?? '');
    if (provider) {
      header.provider = provider[1] as string;
      headerLines.unshift(back);
      break;
    }
    if ((lines[back] ?? '').trim()) break;
  }
  return { header, headerLines };
}

const TIME =
  /^\s*(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?:[ T]+\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:\s*[ap]\.?m\.?)?)?|\d{1,2}:\d{2}(?::\d{2})?)/i;

/** One `Get-WinEvent` table line read column by column: a date, a number, a word, text up to two spaces. */
function columnCells(line: string, columns: readonly TableColumn[]): Map<TableColumn, string> | undefined {
  const cells = new Map<TableColumn, string>();
  let rest = line;
  for (const [i, column] of columns.entries()) {
    const last = i === columns.length - 1;
    let match: RegExpExecArray | null;
    if (column === 'time') match = TIME.exec(rest);
    else if (column === 'id') match = /^\s*(\d{1,5})(?!\S)/.exec(rest);
    else if (last) match = /^\s*(.*\S)?\s*$/.exec(rest);
    else if (column === 'level') match = /^\s*(\S+)/.exec(rest);
    else match = /^\s*(\S.*?)(?=\s{2,}|$)/.exec(rest);
    if (!match) return undefined;
    cells.set(column, (match[1] ?? match[0]).trim());
    rest = rest.slice(match[0].length);
  }
  return cells.get('id') === undefined ? undefined : cells;
}

function rowOf(cells: ReadonlyMap<TableColumn, string>, header: TableHeader, first: number, last: number): TableRow {
  const row: TableRow = { first, last };
  const id = /^\d{1,5}$/.exec(cells.get('id') ?? '');
  if (id) row.eventId = Number(id[0]);
  const provider = cells.get('provider') || header.provider;
  if (provider) row.provider = provider;
  const log = cells.get('log');
  if (log) row.logName = log;
  const level = cells.get('level');
  if (level) row.level = level;
  const message = cells.get('message');
  if (message) row.message = message;
  return row;
}

/** The rows of the table whose header `readTableHeader` found, up to the first line that is not one. */
function tableRows(lines: readonly string[], header: TableHeader, start: number): TableRow[] {
  const rows: TableRow[] = [];
  let i = start;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (!line.trim()) break;
    if (header.shape === 'csv') {
      const cells: string[] = [];
      let open = csvCells(line, false, cells);
      let last = i;
      while (open && last + 1 < lines.length) open = csvCells(lines[++last] as string, true, cells);
      const named = new Map<TableColumn, string>();
      cells.forEach((cell, c) => {
        // Event Viewer's export: the cell past the last named column is the message.
        const column = header.columns[c] ?? (c === header.columns.length ? 'message' : 'other');
        if (column !== 'other' && !named.has(column)) named.set(column, cell.trim());
      });
      if (!/^\d{1,5}$/.test(named.get('id') ?? '')) break;
      rows.push(rowOf(named, header, i, last));
      i = last + 1;
      continue;
    }
    const cells = columnCells(line, header.columns);
    if (cells) {
      rows.push(rowOf(cells, header, i, i));
      i++;
      continue;
    }
    // `Format-Table -Wrap`: the message goes on, indented, on the next lines.
    const previous = rows.at(-1);
    if (!previous || !/^\s{8,}\S/.test(line) || header.columns.at(-1) !== 'message') break;
    previous.message = `${previous.message ?? ''} ${line.trim()}`.trim();
    previous.last = i;
    i++;
  }
  return rows;
}

/** The table of events whose column names are `lines[at]`, if it is one and has rows. */
export function eventTableAt(lines: readonly string[], at: number): EventTable | undefined {
  const found = readTableHeader(lines, at);
  if (!found) return undefined;
  const rows = tableRows(lines, found.header, (found.headerLines.at(-1) as number) + 1);
  return rows.length ? { ...found, rows } : undefined;
}

/** The first table of events in `lines`, if there is one. */
export function findEventTable(lines: readonly string[]): EventTable | undefined {
  for (let at = 0; at < lines.length; at++) {
    const table = eventTableAt(lines, at);
    if (table) return table;
  }
  return undefined;
}

/** A row as the labelled record `readEventFields` reads (« Source: … », « Event ID: … »). */
export function labelledRow(row: TableRow): string {
  return [
    row.logName !== undefined ? `Log Name: ${row.logName}` : '',
    row.provider !== undefined ? `Source: ${row.provider}` : '',
    row.eventId !== undefined ? `Event ID: ${row.eventId}` : '',
    row.level !== undefined ? `Level: ${row.level}` : '',
    row.message !== undefined ? `Message: ${row.message}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}
