import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupListRow } from '../../../../../electron/api/contract';
import { CapacityBadge } from './CapacityBadge';
import { exportLabels } from '../../../components/tableExportColumns';
import { capacities } from '../lookups';

export function useGroupColumns(themeName: (id: number) => string): ColumnDef<GroupListRow>[] {
  const { t } = useTranslation();
  return useMemo<ColumnDef<GroupListRow>[]>(
    () => [
      {
        id: 'name',
        accessorKey: 'name',
        header: () => t('networkEdit.group.name'),
        meta: { width: 'minmax(15rem, 2.2fr)' },
        cell: ({ row }) => (
          <span className="cell-name">
            <span className="cell-truncate" title={row.original.name}>
              {row.original.name}
            </span>
            {!row.original.active && <span className="badge">{t('network.inactive')}</span>}
          </span>
        ),
      },
      {
        id: 'college',
        accessorKey: 'collegeShortName',
        header: () => t('networkEdit.group.college'),
        meta: { width: 'minmax(7rem, 0.7fr)' },
      },
      {
        id: 'themes',
        accessorFn: (row) => row.themeIds.map(themeName).join(', '),
        header: () => t('networkEdit.group.themes'),
        enableSorting: false,
        meta: { width: 'minmax(14rem, 2fr)', export: { key: 'themeIds', type: 'list' } },
        cell: ({ getValue }) => {
          const text = String(getValue());
          return (
            <span className="cell-truncate" title={text}>
              {text || '—'}
            </span>
          );
        },
      },
      {
        id: 'capacity',
        accessorKey: 'capacity',
        header: () => t('networkEdit.group.capacityShort'),
        meta: {
          width: 'minmax(8rem, 0.8fr)',
          export: { labels: exportLabels(capacities, (c) => t(`networkEdit.capacity.${c}`)) },
        },
        cell: ({ row }) => <CapacityBadge capacity={row.original.capacity} note={row.original.capacityNote} />,
      },
      {
        id: 'expertCount',
        accessorKey: 'expertCount',
        header: () => t('networkEdit.group.expertsColumn'),
        sortDescFirst: true,
        meta: { width: 'minmax(6.5rem, 0.6fr)', align: 'end' },
      },
    ],
    [t, themeName],
  );
}
