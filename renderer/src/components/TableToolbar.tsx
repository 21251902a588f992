import type { ColumnDef, VisibilityState } from '@tanstack/react-table';
import { ColumnsMenu } from './ColumnsMenu';
import { SavedViewsMenu } from './SavedViewsMenu';
import { TableExportMenu } from './TableExportMenu';
import { exportSpecOf, type ExportableColumn, type TableExportSource } from './tableExportColumns';

export type { ToolbarColumn } from './ColumnsMenu';
export type { TableExportSource } from './tableExportColumns';

/**
 * The "Kolommen" entries for a table's columns; the fixed column (the row's name) cannot be hidden.
 * Each also says how the export writes it (from the column's accessorKey / `meta.export`).
 */
export function toolbarColumns<T>(columns: ColumnDef<T>[], labelOf: (id: string) => string, fixedId: string): ExportableColumn[] {
  return columns.flatMap((column) =>
    column.id
      ? [{ id: column.id, label: labelOf(column.id), hideable: column.id !== fixedId, exportAs: exportSpecOf(column) }]
      : [],
  );
}

type Props = {
  /** Stable key of the table, e.g. `organisations`: saved views belong to it. */
  tableKey: string;
  columns: ExportableColumn[];
  columnVisibility: VisibilityState;
  onColumnVisibilityChange: (visibility: VisibilityState) => void;
  /** The page's current filters + sort (+ anything else worth keeping); columns are added here. */
  viewState: Record<string, unknown>;
  /** Apply a saved view: the page restores its filters and sort from the state it saved. */
  onApplyView: (state: Record<string, unknown>) => void;
  /** Adds "Exporteren" (xlsx/CSV of the current view): the list method and the input the table sends now. */
  exportOf?: TableExportSource;
};

/**
 * Drop-in "Kolommen" and "Weergaven" menus for a DataTable page. Pass the same columnVisibility
 * to DataTable; a saved view stores viewState plus `columnVisibility`, and applying one hands the
 * page its state back and restores the columns.
 */
export function TableToolbar({
  tableKey,
  columns,
  columnVisibility,
  onColumnVisibilityChange,
  viewState,
  onApplyView,
  exportOf,
}: Props) {
  return (
    <div className="table-toolbar">
      <ColumnsMenu columns={columns} visibility={columnVisibility} onChange={onColumnVisibilityChange} />
      <SavedViewsMenu
        tableKey={tableKey}
        currentState={{ ...viewState, columnVisibility }}
        onApply={(state) => {
          const { columnVisibility: saved, ...rest } = state;
          if (saved && typeof saved === 'object' && !Array.isArray(saved)) onColumnVisibilityChange(saved as VisibilityState);
          onApplyView(rest);
        }}
      />
      {exportOf && <TableExportMenu source={exportOf} columns={columns} columnVisibility={columnVisibility} />}
    </div>
  );
}
