import type { TableData, TableFile } from '@/lib/tables/schemas';
import type { Block } from '@/lib/ticket/blocks';
import type { DataTableComponent } from './data-table';
import { deviceJoinStateTable } from './device-join-state-table';
import { portalUrlList } from './portal-url-list';
import { sensorUrlTable } from './sensor-url-table';

/** A registry entry whose data file is known only at run time: its functions take that file's data. */
export type AnyDataTable = Omit<DataTableComponent, 'searchText' | 'ticketBlocks'> & {
  searchText(data: TableData<TableFile>): string[];
  ticketBlocks(data: TableData<TableFile>, cell: (markdown: string) => Block[]): Block[];
};

/**
 * The data-table components of the articles' vocabulary, one file each in this folder. Adding a data table is
 * adding its file here (and its schema in lib/tables/schemas.ts, its renderer in components/tables/).
 */
export const DATA_TABLE_COMPONENTS = [
  deviceJoinStateTable,
  sensorUrlTable,
  portalUrlList,
] as unknown as readonly AnyDataTable[];

/** The data-table component named `name` in an article, if it is one. */
export function dataTableComponent(name: string | null | undefined): AnyDataTable | undefined {
  return DATA_TABLE_COMPONENTS.find((component) => component.name === name);
}
