import type { ReactNode } from 'react';

export interface Column<T> {
  key: string;
  header: string;
  render(row: T): ReactNode;
  /** Cell classes, e.g. "text-end" for numbers. */
  className?: string;
}

/** A plain, responsive table with a caption; the first column is the row header. */
export function DataTable<T>({ caption, columns, rows, rowKey, empty, captionHidden }: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey(row: T): string;
  empty: string;
  captionHidden?: boolean;
}) {
  return (
    <div className="table-responsive">
      <table className="table table-hover align-middle">
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.className}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length}>{empty}</td>
            </tr>
          )}
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c, index) =>
                index === 0 ? (
                  <th key={c.key} scope="row" className={`fw-normal ${c.className ?? ''}`}>
                    {c.render(row)}
                  </th>
                ) : (
                  <td key={c.key} className={c.className}>
                    {c.render(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
