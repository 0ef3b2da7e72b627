/**
 * A pasted log cut into records: one per line, except Event Viewer exports, whose events span several
 * lines (XML `<Event>…</Event>`, or the text form from « Log Name: » / « Nom du journal : » to the next).
 * Repeats are recognised by a key that ignores what changes from one occurrence to the next
 * (timestamps, GUIDs, record numbers, process ids).
 */
export type LogRecord = {
  /** 1-based line numbers the record spans. */
  firstLine: number;
  lastLine: number;
  text: string;
};

/** What the page accepts: a large log, cut here so that analysis stays under a second. */
export const MAX_PASTE_CHARS = 200_000;

const XML_EVENT_START = /<Event[\s>]/;
const XML_EVENT_END = /<\/Event>/;
const TEXT_EVENT_START = /^\s*(?:Log Name|Nom du journal)\s*:/i;
/** A text event's description ends at the first blank line after it, or at the next event. */
const TEXT_EVENT_FIELD = /^\s*(?:Log Name|Nom du journal|Source|Date|Event ID|ID de l[’']événement|Task Category|Catégorie de la tâche|Level|Niveau|Keywords|Mots-clés|User|Utilisateur|Computer|Ordinateur|Description|OpCode|Code opération)\s*:/i;

export function splitRecords(paste: string): LogRecord[] {
  const lines = paste.slice(0, MAX_PASTE_CHARS).split(/\r\n|\r|\n/);
  const records: LogRecord[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (XML_EVENT_START.test(line)) {
      let end = i;
      while (end < lines.length - 1 && !XML_EVENT_END.test(lines[end] as string)) end++;
      records.push({ firstLine: i + 1, lastLine: end + 1, text: lines.slice(i, end + 1).join('\n') });
      i = end + 1;
      continue;
    }
    if (TEXT_EVENT_FIELD.test(line)) {
      // Field lines (Log Name, Source, Event ID…) run together; the description runs to a blank line.
      let end = i;
      let inDescription = /^\s*Description\s*:/i.test(line);
      while (end + 1 < lines.length && !TEXT_EVENT_START.test(lines[end + 1] as string)) {
        const next = lines[end + 1] as string;
        if (TEXT_EVENT_FIELD.test(next)) inDescription ||= /^\s*Description\s*:/i.test(next);
        else if (!inDescription || next.trim() === '') break;
        end++;
      }
      records.push({ firstLine: i + 1, lastLine: end + 1, text: lines.slice(i, end + 1).join('\n') });
      i = end + 1;
      continue;
    }
    if (line.trim()) records.push({ firstLine: i + 1, lastLine: i + 1, text: line });
    i++;
  }
  return records;
}

/** The same event again, at another time, in another process: one key for all its occurrences. */
export function repeatKey(text: string): string {
  return text
    .replace(/\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?/gi, 'G')
    .replace(/\d{4}-\d{2}-\d{2}[T ][\d:.,]+Z?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?|\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?/g, 'T')
    .replace(/\b(EventRecordID|ProcessID|ThreadID|RecordId|PID|TID)\b(\W+)\d+/gi, '$1$2N')
    .replace(/\[[0-9A-F]{2,8}:[0-9A-F]{2,8}\]/g, '[P]')
    .replace(/\s+/g, ' ')
    .trim();
}
