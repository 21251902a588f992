import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupListRow } from '../../../../../electron/api/contract';
import { toolbarColumns } from '../../../components/TableToolbar';
import type { ExportableColumn } from '../../../components/tableExportColumns';

const labelKeys: Record<string, string> = {
  name: 'name',
  college: 'college',
  themes: 'themes',
  capacity: 'capacityShort',
  expertCount: 'expertsColumn',
};

/** The groups' export columns; the themes column writes theme names (the rows carry theme ids). */
export function useGroupExportColumns(
  columns: ColumnDef<GroupListRow>[],
  themes: { id: number; name: string }[],
): ExportableColumn[] {
  const { t } = useTranslation();
  return useMemo(() => {
    const labels = Object.fromEntries(themes.map((theme) => [String(theme.id), theme.name]));
    return toolbarColumns(columns, (id) => t(`networkEdit.group.${labelKeys[id] ?? id}`), '').map((column) =>
      column.id === 'themes' && column.exportAs ? { ...column, exportAs: { ...column.exportAs, labels } } : column,
    );
  }, [columns, themes, t]);
}
