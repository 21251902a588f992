import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type OnChangeFn,
  type RowData,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { SortIndicator } from './SortIndicator';
import type { ExportColumnType } from '../../../electron/api/contract/table-export';

declare module '@tanstack/react-table' {
  // Module augmentation has to be an interface; the type parameters must match the original.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** A CSS grid track, e.g. `minmax(16rem, 3fr)` or `7rem`. */
    width?: string;
    align?: 'start' | 'end';
    /**
     * How the table export writes this column (see TableExportMenu): the row property (default:
     * accessorKey, else the id), its type and value labels, as the cell shows them; false leaves it out.
     */
    export?: { key?: string; type?: ExportColumnType; labels?: Record<string, string> } | false;
  }
}

export type DataTableProps<T> = {
  data: T[];
  columns: ColumnDef<T>[];
  getRowId: (row: T) => string;
  /** Accessible name of the table. */
  label: string;
  /** Sorting happens on the server (SQL); the table only reports what the user asked for. */
  sorting: SortingState;
  onSortingChange: OnChangeFn<SortingState>;
  /** Enter or click on a row. */
  onRowActivate?: (row: T) => void;
  emptyMessage: string;
  busy?: boolean;
  rowTestId?: string;
  rowHeight?: number;
  /** Optional column visibility (column id -> shown); pair with TableToolbar's "Kolommen" menu. */
  columnVisibility?: VisibilityState;
  onColumnVisibilityChange?: OnChangeFn<VisibilityState>;
};

const DEFAULT_ROW_HEIGHT = 40;
const PAGE_STEP = 10;

/**
 * The shared table: server-side sorting, virtualised rows (built for 100k rows), and a roving
 * focus so every row is reachable with ArrowUp/ArrowDown, Home/End, PageUp/PageDown and Enter.
 */
export function DataTable<T>({
  data,
  columns,
  getRowId,
  label,
  sorting,
  onSortingChange,
  onRowActivate,
  emptyMessage,
  busy = false,
  rowTestId,
  rowHeight = DEFAULT_ROW_HEIGHT,
  columnVisibility,
  onColumnVisibilityChange,
}: DataTableProps<T>) {
  const table = useReactTable({
    data,
    columns,
    getRowId: (row) => getRowId(row),
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    enableMultiSort: false,
    state: columnVisibility ? { sorting, columnVisibility } : { sorting },
    onSortingChange,
    ...(onColumnVisibilityChange ? { onColumnVisibilityChange } : {}),
  });
  const rows = table.getRowModel().rows;
  const headerHeight = rowHeight;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    // The sticky header sits inside the scroll area, above the rows.
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
  });

  const [activeIndex, setActiveIndex] = useState(0);
  const current = Math.max(0, Math.min(activeIndex, rows.length - 1));
  const pendingFocus = useRef<number | null>(null);

  // After moving, the target row may only exist once the virtualiser has scrolled to it.
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const element = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (element) {
      pendingFocus.current = null;
      element.focus({ preventScroll: true });
    }
  });

  function moveTo(index: number) {
    const target = Math.max(0, Math.min(index, rows.length - 1));
    setActiveIndex(target);
    pendingFocus.current = target;
    virtualizer.scrollToIndex(target, { align: 'auto' });
  }

  function onRowKeyDown(event: KeyboardEvent<HTMLTableRowElement>, index: number, row: T) {
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: rows.length - 1,
      PageDown: index + PAGE_STEP,
      PageUp: index - PAGE_STEP,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' && onRowActivate) {
      event.preventDefault();
      onRowActivate(row);
    }
  }

  const gridTemplateColumns = table
    .getVisibleLeafColumns()
    .map((column) => column.columnDef.meta?.width ?? 'minmax(8rem, 1fr)')
    .join(' ');

  return (
    <div className="data-table" aria-busy={busy}>
      <div ref={scrollRef} className="data-table-scroll">
        <table
          role="grid"
          aria-label={label}
          aria-rowcount={rows.length + 1}
          aria-colcount={table.getVisibleLeafColumns().length}
          className={busy ? 'data-table-grid is-busy' : 'data-table-grid'}
        >
          <thead className="data-table-head" role="rowgroup">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} role="row" aria-rowindex={1} style={{ gridTemplateColumns, height: headerHeight }}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const align = header.column.columnDef.meta?.align ?? 'start';
                  const content = flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <th
                      key={header.id}
                      role="columnheader"
                      scope="col"
                      className={`align-${align}`}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    >
                      {header.column.getCanSort() ? (
                        <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                          <span>{content}</span>
                          <SortIndicator direction={sorted} />
                        </button>
                      ) : (
                        <span className="header-label">{content}</span>
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody role="rowgroup" className="data-table-body" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              return (
                <tr
                  key={row.id}
                  role="row"
                  data-index={item.index}
                  data-testid={rowTestId}
                  aria-rowindex={item.index + 2}
                  tabIndex={item.index === current ? 0 : -1}
                  className={onRowActivate ? 'data-row is-clickable' : 'data-row'}
                  style={{
                    gridTemplateColumns,
                    height: rowHeight,
                    transform: `translateY(${item.start - headerHeight}px)`,
                  }}
                  onFocus={() => setActiveIndex(item.index)}
                  onClick={() => onRowActivate?.(row.original)}
                  onKeyDown={(event) => onRowKeyDown(event, item.index, row.original)}
                >
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} role="gridcell" className={`align-${cell.column.columnDef.meta?.align ?? 'start'}`}>
                      <span className="cell-content">{flexRender(cell.column.columnDef.cell, cell.getContext())}</span>
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
        {rows.length === 0 && !busy && <p className="data-table-empty">{emptyMessage}</p>}
      </div>
    </div>
  );
}
