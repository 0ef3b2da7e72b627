import type { ArticleSlug } from '@/lib/articles/catalog';
import { CODE_TABLES, KNOWN_CODE_TABLES, rowId, type CodeTableId } from './code-tables-meta';
import { decodeErrorCode } from '@/lib/error-code';
import { tableExists, type TableReader } from './load';

export { CODE_TABLES, type CodeTableId } from './code-tables-meta';

/** The code tables whose data file is in the content directory: a content directory may hold articles only. */
export const CONTENT_CODE_TABLES: readonly CodeTableId[] = KNOWN_CODE_TABLES.filter((id) =>
  tableExists(CODE_TABLES[id].file),
);

/** Whether `value` is a code table of this content directory (a page exists for it). */
export function isContentCodeTable(value: string): value is CodeTableId {
  return (CONTENT_CODE_TABLES as readonly string[]).includes(value);
}
import { expandCodeRanges } from './ranges';

/** A cell: one or more Markdown paragraphs. */
export type Cell = readonly string[];

/**
 * One row of a code table as the agent sees it: the code cells that span the group (`lead`), then one
 * or more rows (an event with two resolutions, an Intune code with several OMA-URI cases).
 */
export type CodeTableGroup = {
  /** The row's id in the URL contract (`evt-15`, `0x87d1fde8`, `cas-1`, `code-5`). */
  id: string;
  /** More ids landing on the same row: every other number of an enrollment status range. */
  aliasIds: string[];
  /** The numbers this row answers to (event ids, case numbers, status codes, unsigned Intune codes). */
  codes: number[];
  /** Short label for lists and search results: `Événement 15`, `0x87D1FDE8`, `Codes 5-9, 11-12, 26-33`. */
  label: string;
  lead: Cell[];
  rows: Cell[][];
};

export type CodeTableView = {
  id: CodeTableId;
  title: string;
  blurb: string;
  source: { article: ArticleSlug; anchor: string };
  columns: readonly string[];
  groups: CodeTableGroup[];
};

/** Consecutive rows sharing a key form one group (the seed lists event 15 twice). */
function groupConsecutive<T, K>(rows: readonly T[], key: (row: T) => K): T[][] {
  const groups: T[][] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last && key(last[0] as T) === key(row)) last.push(row);
    else groups.push([row]);
  }
  return groups;
}

function eventGroups<R extends { eventId: number }>(
  table: CodeTableId,
  rows: readonly R[],
  cells: (row: R) => Cell[],
  code = true,
): CodeTableGroup[] {
  return groupConsecutive(rows, (row) => row.eventId).map((group) => {
    const eventId = (group[0] as R).eventId;
    return {
      id: rowId(table, eventId),
      aliasIds: [],
      codes: [eventId],
      label: `Événement ${eventId}`,
      lead: [[code ? `\`${eventId}\`` : String(eventId)]],
      rows: group.map(cells),
    };
  });
}

function buildGroups(id: CodeTableId, loadTable: TableReader): CodeTableGroup[] {
  switch (id) {
    case 'script':
      return eventGroups('script', loadTable('script-events').rows, (row) => [[row.errorType], row.resolution]);
    case 'sense':
      return eventGroups('sense', loadTable('sense-events').rows, (row) => [[row.message], row.resolution]);
    case 'mdm':
      return eventGroups(
        'mdm',
        loadTable('mdm-events').rows,
        (row) => [[row.severity], [row.description], [row.resolution]],
        false,
      );
    case 'non-conformite':
      return loadTable('non-compliance').rows.map((row) => ({
        id: rowId('non-conformite', row.case),
        aliasIds: [],
        codes: [row.case],
        label: `Cas ${row.case}`,
        lead: [[`\`${row.case}\``]],
        rows: [[[row.symptoms], row.causes]],
      }));
    case 'intune':
      return loadTable('intune-errors').rows.map((row) => {
        const decoded = decodeErrorCode(row.hex);
        return {
          id: decoded.ok ? rowId('intune', decoded.value.unsigned) : row.hex.toLowerCase(),
          aliasIds: [],
          codes: decoded.ok ? [decoded.value.unsigned] : [],
          label: row.hex,
          lead: [[row.hex], [String(row.dec)], [row.description]],
          rows: row.cases.map((kase) => [kase.omaUris, kase.causes]),
        };
      });
    case 'scp':
      return loadTable('scp-statuses').rows.map((row) => {
        const codes = expandCodeRanges(row.codes);
        const [first, ...rest] = codes;
        return {
          id: rowId('scp', first as number),
          aliasIds: rest.map((code) => rowId('scp', code)),
          codes,
          label: `${codes.length > 1 ? 'Codes' : 'Code'} ${row.codes.join(', ')}`,
          lead: [[row.codes.map((range) => `\`${range}\``).join(', ')]],
          rows: [[[row.status], [row.actions]]],
        };
      });
  }
}

/** A code table as the agent sees it, from its data file (read by `table`: `getSite().table`, read once). */
export function buildCodeTable(id: CodeTableId, table: TableReader): CodeTableView {
  const meta = CODE_TABLES[id];
  const data = table(meta.file);
  return {
    id,
    title: meta.title,
    blurb: meta.blurb,
    source: data.source,
    columns: data.columns,
    groups: buildGroups(id, table),
  };
}

/** The row ids of a table, aliases included: what `/codes/<id>#…` may target. */
export function rowIdsOf(view: CodeTableView): string[] {
  return view.groups.flatMap((group) => [group.id, ...group.aliasIds]);
}
