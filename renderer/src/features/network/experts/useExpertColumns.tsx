import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpertRow } from '../../../../../electron/api/contract';
import { formatPhone } from '../../../../../electron/api/contract/rules/phone';
import { exportLabels } from '../../../components/tableExportColumns';
import { expertRoles } from '../lookups';

/** Columns of the experts table; ids of sortable columns equal the server's sort columns. */
export function useExpertColumns(): ColumnDef<ExpertRow>[] {
  const { t } = useTranslation();
  return useMemo<ColumnDef<ExpertRow>[]>(
    () => [
      {
        id: 'name',
        accessorFn: (row) => `${row.lastName} ${row.firstName}`,
        header: () => t('networkEdit.expert.name'),
        meta: { width: 'minmax(12rem, 1.6fr)', export: { key: 'lastName+firstName' } },
        cell: ({ row }) => (
          <span className="cell-name">
            <span className="cell-truncate">
              <strong>{row.original.lastName}</strong>
              {row.original.firstName && `, ${row.original.firstName}`}
            </span>
            {!row.original.active && <span className="badge">{t('network.inactive')}</span>}
          </span>
        ),
      },
      {
        id: 'college',
        accessorFn: (row) => row.collegeShortName ?? '',
        header: () => t('networkEdit.expert.college'),
        meta: { width: 'minmax(7.5rem, 0.7fr)', export: { key: 'collegeShortName' } },
        cell: ({ row }) => row.original.collegeShortName ?? '—',
      },
      {
        id: 'groups',
        accessorFn: (row) => row.groupNames.join(', '),
        header: () => t('networkEdit.expert.groups'),
        enableSorting: false,
        meta: { width: 'minmax(12rem, 2fr)', export: { key: 'groupNames', type: 'list' } },
        cell: ({ row }) => (
          <span className="cell-truncate" title={row.original.groupNames.join(', ')}>
            {row.original.groupNames.join(', ') || '—'}
          </span>
        ),
      },
      {
        id: 'role',
        accessorKey: 'role',
        header: () => t('networkEdit.expert.role'),
        meta: { width: 'minmax(9rem, 1fr)', export: { labels: exportLabels(expertRoles, (r) => t(`networkEdit.roles.${r}`)) } },
        cell: ({ row }) => (
          <span className="cell-truncate" title={row.original.title}>
            {row.original.title || t(`networkEdit.roles.${row.original.role}`)}
          </span>
        ),
      },
      {
        id: 'email',
        accessorKey: 'email',
        header: () => t('networkEdit.expert.email'),
        meta: { width: 'minmax(12rem, 1.4fr)' },
        cell: ({ row }) => <span className="cell-truncate">{row.original.email ?? '—'}</span>,
      },
      {
        id: 'phone',
        accessorKey: 'phone',
        header: () => t('networkEdit.expert.phone'),
        enableSorting: false,
        meta: { width: 'minmax(9.5rem, 0.9fr)', export: { type: 'phone' } },
        cell: ({ row }) => (row.original.phone ? formatPhone(row.original.phone) : '—'),
      },
    ],
    [t],
  );
}
