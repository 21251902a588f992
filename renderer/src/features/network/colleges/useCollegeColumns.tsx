import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollegeRow } from '../../../../../electron/api/contract';
import { VerifyBadge } from '../VerifyBadge';

/** Columns of the colleges table. Column ids equal the server's sort columns. */
export function useCollegeColumns(): ColumnDef<CollegeRow>[] {
  const { t } = useTranslation();
  return useMemo<ColumnDef<CollegeRow>[]>(
    () => [
      {
        id: 'name',
        accessorKey: 'name',
        header: () => t('network.columns.name'),
        meta: { width: 'minmax(15rem, 2.4fr)' },
        cell: ({ row }) => (
          <span className="cell-name">
            <span className="cell-truncate" title={row.original.name}>
              {row.original.name}
            </span>
            <VerifyBadge fields={row.original.verifyFields} />
            {!row.original.active && <span className="badge">{t('network.inactive')}</span>}
          </span>
        ),
      },
      {
        id: 'shortName',
        accessorKey: 'shortName',
        header: () => t('network.columns.shortName'),
        meta: { width: 'minmax(8.5rem, 0.8fr)' },
      },
      {
        id: 'city',
        accessorKey: 'city',
        header: () => t('network.columns.city'),
        meta: { width: 'minmax(7rem, 1fr)' },
      },
      {
        id: 'province',
        accessorFn: (row) => row.provinceName ?? '',
        header: () => t('network.columns.province'),
        meta: { width: 'minmax(9rem, 1.2fr)', export: { key: 'provinceName' } },
        cell: ({ row }) => row.original.provinceName ?? '—',
      },
      {
        id: 'groupCount',
        accessorKey: 'groupCount',
        header: () => t('network.columns.groupCount'),
        meta: { width: 'minmax(10.5rem, 0.9fr)', align: 'end' },
        sortDescFirst: true,
      },
      {
        id: 'association',
        accessorKey: 'association',
        header: () => t('network.columns.association'),
        meta: { width: 'minmax(7rem, 1fr)' },
        enableSorting: false,
        cell: ({ row }) => row.original.association || '—',
      },
    ],
    [t],
  );
}
