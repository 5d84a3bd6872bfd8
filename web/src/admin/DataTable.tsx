import type { ReactNode } from 'react';
import './data-table.css';

export interface Column<T> {
  header: ReactNode;
  cell(row: T, index: number): ReactNode;
  /** Figures: right-aligned with digits of equal width, so a column of amounts lines up. */
  numeric?: boolean;
  /** The cell names its row (`<th scope="row">`), as the first column of a report does. */
  rowHeader?: boolean;
}

/**
 * One table of the back office: `<th scope="col">` headers, optional row headers, numeric
 * columns right-aligned, a caption (visible, or for screen readers only when a heading already
 * says it) and a row saying so when there is nothing to show.
 */
export function DataTable<T>({
  columns,
  rows,
  rowKey,
  caption,
  captionHidden,
  empty,
  className = 'admin-table',
  name,
  current,
}: {
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey(row: T, index: number): string | number;
  caption?: ReactNode;
  captionHidden?: boolean;
  /** Shown in a single row when `rows` is empty; without it the body is just empty. */
  empty?: ReactNode;
  /** The area's look (`admin-table`, `data`, `fac-table`). */
  className?: string;
  /** `data-table` attribute: how tests and styles find one table among several. */
  name?: string;
  /** The row shown or chosen elsewhere on the screen (`aria-current`). */
  current?: (row: T) => boolean;
}) {
  const align = (c: Column<T>) => (c.numeric ? 'num' : undefined);
  return (
    // A table wider than a phone scrolls inside its box instead of widening the page.
    <div className="table-scroll">
      <table className={className} data-table={name}>
        {caption ? <caption className={captionHidden ? 'sr-only' : undefined}>{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className={align(c)}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && empty ? (
            <tr>
              <td colSpan={columns.length} className="empty">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((r, ri) => (
              <tr key={rowKey(r, ri)} aria-current={current?.(r) ? 'true' : undefined}>
                {columns.map((c, i) =>
                  c.rowHeader ? (
                    <th key={i} scope="row" className={align(c)}>
                      {c.cell(r, ri)}
                    </th>
                  ) : (
                    <td key={i} className={align(c)}>
                      {c.cell(r, ri)}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
