import type { ReactNode } from "react";

export interface Column<Row> {
  key: string;
  label: string;
  /** Cell content; defaults to the row's value at `key` as text. */
  render?: (row: Row) => ReactNode;
  sortable?: boolean;
  numeric?: boolean;
}

export type SortDir = "asc" | "desc";

export interface DataTableProps<Row> {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  sort?: { key: string; dir: SortDir } | null;
  onSort?: (key: string, dir: SortDir) => void;
  /** Highlighted row (e.g. the claim whose evidence is open). */
  selectedKey?: string | null;
  empty?: ReactNode;
}

function text(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** A plain, accessible table; sorting is the caller's (so it can run in SQL), this only asks for it. */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
  onSort,
  selectedKey,
  empty = "No rows.",
}: DataTableProps<Row>) {
  return (
    <div className="tally-table-wrap">
      <table className="tally-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = sort?.key === c.key;
              const ariaSort = active ? (sort?.dir === "asc" ? "ascending" : "descending") : undefined;
              return (
                <th key={c.key} scope="col" aria-sort={ariaSort} className={c.numeric ? "num" : undefined}>
                  {c.sortable && onSort ? (
                    <button
                      type="button"
                      onClick={() => onSort(c.key, active && sort?.dir === "asc" ? "desc" : "asc")}
                    >
                      {c.label}
                      <span aria-hidden="true">{active ? (sort?.dir === "asc" ? " ▲" : " ▼") : " ↕"}</span>
                    </button>
                  ) : (
                    c.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length}>{empty}</td>
            </tr>
          ) : (
            rows.map((row) => {
              const k = rowKey(row);
              return (
                <tr key={k} data-row-key={k} aria-selected={selectedKey === k ? true : undefined}>
                  {columns.map((c) => (
                    // data-label: a narrow layout can set each cell out as a labelled field.
                    <td key={c.key} className={c.numeric ? "num" : undefined} data-label={c.label}>
                      {c.render ? c.render(row) : text((row as Record<string, unknown>)[c.key])}
                    </td>
                  ))}
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );
}
