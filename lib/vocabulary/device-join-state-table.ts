import type { DataTableComponent } from './data-table';

/** `<DeviceJoinStateTable />`: the device join states and what each becomes (content/tables/device-join-states.json). */
export const deviceJoinStateTable: DataTableComponent<'device-join-states'> = {
  name: 'DeviceJoinStateTable',
  file: 'device-join-states',
  attributes: {},
  replaces: 'table',
  searchText: (data) => [...data.columns, ...data.rows.flatMap((row) => [row.from, row.to])],
  ticketBlocks: (data, cell) => [
    { type: 'table', header: [...data.columns], rows: data.rows.map((row) => [cell(row.from), cell(row.to)]) },
  ],
};
