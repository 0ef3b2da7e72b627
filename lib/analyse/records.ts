import { guidPattern } from '@/lib/logs/patterns';
import { eventTableAt, labelledRow } from '@/lib/logs/tables';

/**
 * A pasted log cut into records: one per line, except Event Viewer exports, whose events span several
 * lines (XML `<Event>…</Event>`, or the text form from « Log Name: » / « Nom du journal : » to the next), and
 * tables of events (Event Viewer's CSV export, `Get-WinEvent` as a table: `lib/logs/tables.ts`), whose rows
 * are records read with their header's meaning.
 * Repeats are recognised by a key that ignores what changes from one occurrence to the next
 * (timestamps, GUIDs, record numbers, process ids).
 */
export type LogRecord = {
  /** 1-based line numbers the record spans. */
  firstLine: number;
  lastLine: number;
  text: string;
  /** A table row read with its header (« Source: … », « Event ID: … »): what the record says, to analyse. */
  query?: string;
};

/**
 * How much of a paste is read: the field of /analyse holds no more, the tab keeps no more, the analysis reads
 * no more (a larger paste is cut, and the page says so). Its search budget bounds the work, not this.
 */
export const MAX_PASTE_CHARS = 200_000;

/** The part of a paste that is read. */
export function readPart(paste: string): string {
  return paste.length > MAX_PASTE_CHARS ? paste.slice(0, MAX_PASTE_CHARS) : paste;
}

const XML_EVENT_START = /<Event[\s>]/;
const XML_EVENT_END = /<\/Event>/;
const TEXT_EVENT_START = /^\s*(?:Log Name|Nom du journal)\s*:/i;
/** A text event's description ends at the first blank line after it, or at the next event. */
const TEXT_EVENT_FIELD =
  /^\s*(?:Log Name|Nom du journal|Source|Date|Event ID|ID de l[’']événement|Task Category|Catégorie de la tâche|Level|Niveau|Keywords|Mots-clés|User|Utilisateur|Computer|Ordinateur|Description|OpCode|Code opération)\s*:/i;

/** A line that holds several XML events (Event Viewer's « Enregistrer sous » writes them on one line). */
function segmentsOf(lines: readonly string[]): { line: number; text: string }[] {
  return lines.flatMap((text, i) =>
    text.split(/(?<=<\/Event>)\s*(?=<Event[\s>])/).map((piece) => ({ line: i + 1, text: piece })),
  );
}

/** An XML event with no end ends its record after this many lines (a stray `<Event` must not swallow the paste). */
const MAX_EVENT_LINES = 200;

export function splitRecords(paste: string): LogRecord[] {
  return [...recordsOf(paste)];
}

/** The records of a paste one by one, so that a caller can pause between them (lib/slices.ts). */
export function* recordsOf(paste: string): Generator<LogRecord, void, undefined> {
  const segments = segmentsOf(readPart(paste).split(/\r\n|\r|\n/));
  const record = (from: number, to: number): LogRecord => {
    const part = segments.slice(from, to + 1);
    return { firstLine: part[0]!.line, lastLine: part.at(-1)!.line, text: part.map((s) => s.text).join('\n') };
  };
  const texts = segments.map((segment) => segment.text);
  let i = 0;
  while (i < segments.length) {
    const line = segments[i]!.text;
    const table = eventTableAt(texts, i);
    if (table) {
      // The header's lines are read, not records; each row is one, the header's meaning attached.
      for (const row of table.rows) yield { ...record(row.first, row.last), query: labelledRow(row) };
      i = table.rows.at(-1)!.last + 1;
      continue;
    }
    if (XML_EVENT_START.test(line)) {
      let end = i;
      while (end < segments.length - 1 && end - i < MAX_EVENT_LINES && !XML_EVENT_END.test(segments[end]!.text)) end++;
      if (!XML_EVENT_END.test(segments[end]!.text)) end = i;
      yield record(i, end);
      i = end + 1;
      continue;
    }
    if (TEXT_EVENT_FIELD.test(line)) {
      // Field lines (Log Name, Source, Event ID…) run together; the description runs to a blank line.
      let end = i;
      let inDescription = /^\s*Description\s*:/i.test(line);
      while (end + 1 < segments.length && !TEXT_EVENT_START.test(segments[end + 1]!.text)) {
        const next = segments[end + 1]!.text;
        if (TEXT_EVENT_FIELD.test(next)) inDescription ||= /^\s*Description\s*:/i.test(next);
        else if (!inDescription || next.trim() === '') break;
        end++;
      }
      yield record(i, end);
      i = end + 1;
      continue;
    }
    if (line.trim()) yield record(i, i);
    i++;
  }
}

/**
 * The same event again, at another time, in another process, with another counter: one key for all its
 * occurrences. Numbers are left out of the key (codes are told apart by the caller's code signature).
 */
export function repeatKey(text: string): string {
  return text
    .replace(guidPattern(), 'G')
    .replace(
      /\d{4}-\d{2}-\d{2}[T ][\d:.,]+Z?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?|\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?/g,
      'T',
    )
    .replace(/\b(EventRecordID|ProcessID|ThreadID|RecordId|PID|TID)\b(\W+)\d+/gi, '$1$2N')
    .replace(/\[[0-9A-F]{2,8}:[0-9A-F]{2,8}\]/g, '[P]')
    .replace(/(?<![\w.])\d+(?![\w])/g, 'N')
    .replace(/\s+/g, ' ')
    .trim();
}
