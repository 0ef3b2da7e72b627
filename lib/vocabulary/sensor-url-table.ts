import { codeParagraph, listBlock, type DataTableComponent } from './data-table';

/** `<SensorUrlTable />`: the hosts a sensor must reach, by location (content/tables/sensor-urls.json). */
export const sensorUrlTable: DataTableComponent<'sensor-urls'> = {
  name: 'SensorUrlTable',
  file: 'sensor-urls',
  attributes: {},
  replaces: 'table',
  searchText: (data) => [...data.columns, ...data.rows.flatMap((row) => [row.location, ...row.hosts])],
  ticketBlocks: (data) => [
    {
      type: 'table',
      header: [...data.columns],
      rows: data.rows.map((row) => [
        row.location ? [{ type: 'paragraph', children: [{ type: 'text', value: row.location }] }] : [],
        [listBlock(row.hosts.map(codeParagraph))],
      ]),
    },
  ],
};
