import type { ColumnDef, VisibilityState } from '@tanstack/react-table';
import type { ExportColumn, ExportableMethod } from '../../../electron/api/contract/table-export';
import type { ToolbarColumn } from './ColumnsMenu';

/** What a table exports: its list method and the input it sends now (filters + sort; paging is ignored). */
export type TableExportSource = {
  method: ExportableMethod;
  input: Record<string, unknown>;
  /** Base of the file name, e.g. `organisaties`. */
  fileName: string;
};

/** A toolbar column plus how the export writes it (null: not exported, e.g. an actions column). */
export type ExportableColumn = ToolbarColumn & { exportAs?: Omit<ExportColumn, 'header'> | null };

/** The export spec of one column definition: `meta.export`, else its accessorKey (or id) as text. */
export function exportSpecOf<T>(column: ColumnDef<T>): Omit<ExportColumn, 'header'> | null {
  const meta = column.meta?.export;
  if (meta === false) return null;
  const accessorKey = 'accessorKey' in column && typeof column.accessorKey === 'string' ? column.accessorKey : undefined;
  const key = meta?.key ?? accessorKey ?? column.id;
  if (!key) return null;
  return { key, type: meta?.type ?? 'text', ...(meta?.labels ? { labels: meta.labels } : {}) };
}

/** The visible exported columns in the table's order, with the headers exactly as shown. */
export function exportColumns(columns: ExportableColumn[], visibility: VisibilityState = {}): ExportColumn[] {
  return columns.flatMap((column) =>
    column.exportAs && visibility[column.id] !== false ? [{ ...column.exportAs, header: column.label }] : [],
  );
}

/** Value -> label for an exported enum column, translated the way its cells are. */
export function exportLabels(values: readonly string[], label: (value: string) => string): Record<string, string> {
  return Object.fromEntries(values.map((value) => [value, label(value)]));
}
