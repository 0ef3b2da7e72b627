/** The header row of the portal's data tables (columns come from content/tables). */
export function TableHead({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th
            key={column}
            scope="col"
            className="border-b-2 border-slate-300 px-3 py-2 text-left align-bottom font-semibold dark:border-slate-600"
          >
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
