import type { HTMLAttributes, ReactNode } from 'react';

/** One column: its header, and how a row's cell is drawn. */
export type TColumn<Row> = {
  /** The header, and the cell's label where the table stacks on a phone. */
  header: string;
  /** Where two headers may read the same (two versions compared): what tells the columns apart. */
  key?: string;
  /** Figures: right-aligned, in tabular digits. */
  num?: boolean;
  /** The row's name: drawn as its row header. */
  rowHeader?: boolean;
  /** A header for screen readers only (a column of buttons). */
  hiddenHeader?: boolean;
  /** Classes of the cell beside `num` ("strong", "negative" for a row). */
  cellClass?: (row: Row) => string | undefined;
  cell: (row: Row, index: number) => ReactNode;
};

/** Leaves a column out where it does not apply (`quarter > 1 && column`). */
type TColumns<Row> = readonly (TColumn<Row> | false)[];

const shown = <Row,>(columns: TColumns<Row>): TColumn<Row>[] =>
  columns.filter((column): column is TColumn<Row> => column !== false);

const classOf = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ') || undefined;

/** One row's cells (for bodies drawn by hand: a row followed by its explanation or comment row). */
export function DataCells<Row>({
  columns,
  row,
  index = 0,
}: {
  columns: TColumns<Row>;
  row: Row;
  index?: number;
}) {
  return shown(columns).map((column) => {
    const className = classOf(column.num && 'num', column.cellClass?.(row));
    const label = column.hiddenHeader ? undefined : column.header;
    return column.rowHeader ? (
      <th key={column.key ?? column.header} scope="row" className={className} data-label={label}>
        {column.cell(row, index)}
      </th>
    ) : (
      <td key={column.key ?? column.header} className={className} data-label={label}>
        {column.cell(row, index)}
      </td>
    );
  });
}

type TDataTableProps<Row> = {
  columns: TColumns<Row>;
  /** Extra classes of the table ("review-table"). */
  className?: string;
  /** Rows become labelled blocks on a phone (default); off for narrow tables that fit. */
  stackOnPhone?: boolean;
  footer?: ReactNode;
} & (
  | {
      rows: readonly Row[];
      rowKey: (row: Row) => string;
      rowProps?: (row: Row) => HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string>;
    }
  /** Bodies drawn by hand (grouped rows), under the columns' headers. */
  | { children: ReactNode }
);

/** The app's one table: headers from the columns, a row per item, scrolling sideways when wide. */
export function DataTable<Row>(props: TDataTableProps<Row>) {
  const columns = shown(props.columns);
  return (
    <div className="table-scroll">
      <table
        className={classOf('data-table', props.stackOnPhone !== false && 'stack-on-phone', props.className)}
      >
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key ?? column.header} scope="col" className={column.num ? 'num' : undefined}>
                {column.hiddenHeader ? (
                  <span className="visually-hidden">{column.header}</span>
                ) : (
                  column.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        {'rows' in props ? (
          <tbody>
            {props.rows.map((row, index) => (
              <tr key={props.rowKey(row)} {...props.rowProps?.(row)}>
                <DataCells columns={columns} row={row} index={index} />
              </tr>
            ))}
          </tbody>
        ) : (
          props.children
        )}
        {props.footer && <tfoot>{props.footer}</tfoot>}
      </table>
    </div>
  );
}
