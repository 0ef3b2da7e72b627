import type { CodeTableView } from './code-tables';
import { codeRowTarget, routes } from '@/lib/routes';
import { CODE_TABLES, codeOfRowId, isKnownCodeTable, rowId, type CodeTableId } from './code-tables-meta';

/** A row that answers to a number: what the decoder links to. */
export type CodeRowRef = {
  table: CodeTableView['id'];
  tableTitle: string;
  id: string;
  aliasIds: string[];
  label: string;
  codes: number[];
};

export function codeRowRefs(views: readonly CodeTableView[]): CodeRowRef[] {
  return views.flatMap((view) =>
    view.groups.map((group) => ({
      table: view.id,
      tableTitle: view.title,
      id: group.id,
      aliasIds: group.aliasIds,
      label: group.label,
      codes: group.codes,
    })),
  );
}

/**
 * Rows that answer to a decoded value. Intune codes match on the 32-bit value; event ids, cases and
 * enrollment statuses are small numbers and match the value itself (where the number sits in a range,
 * the link names that number).
 */
export function findRowsForValue(refs: readonly CodeRowRef[], unsigned: number): { ref: CodeRowRef; href: string }[] {
  return refs
    .filter((ref) => ref.codes.includes(unsigned))
    .map((ref) => ({
      ref,
      href: routes.codeRow(ref.table, CODE_TABLES[ref.table].idPerCode ? rowId(ref.table, unsigned) : ref.id),
    }));
}

/** A deep link to a row (`/codes/<table>#<row id>`) read back as table and code; undefined for any other link. */
export function rowOf(href: string): { table: CodeTableId; code: number } | undefined {
  const target = codeRowTarget(href);
  if (!target || !isKnownCodeTable(target.table)) return undefined;
  const code = codeOfRowId(target.table, target.rowId);
  return code === undefined ? undefined : { table: target.table, code };
}
