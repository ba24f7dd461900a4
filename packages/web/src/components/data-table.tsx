/**
 * A plain data table: a caption, a header row of column names, a row per item, and an
 * optional totals row whose first cell names it. Numeric columns line up on the right
 * (class `num`).
 */
import type { Key, ReactNode } from 'react';

export interface Column<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** A number: aligned right. */
  num?: boolean;
}

interface DataTableProps<Row> {
  /** What each row is. */
  caption?: string;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  /** Cells of a totals row after its row header, one per column after the first. */
  totals?: { label: string; cells: ReactNode[] };
}

export function DataTable<Row>({ caption, columns, rows, rowKey, totals }: DataTableProps<Row>) {
  return (
    <table>
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          {columns.map((c) => (
            <th scope="col" key={c.header}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((c) => (
              <td key={c.header} className={c.num ? 'num' : undefined}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {totals ? (
        <tfoot>
          <tr>
            <th scope="row">{totals.label}</th>
            {totals.cells.map((cell, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed row of cells, in column order
              <td key={i} className={columns[i + 1]?.num ? 'num' : undefined}>
                {cell}
              </td>
            ))}
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}
