import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedRow } from '../../../../../electron/api/contract';
import { formatDate } from '../../../format';
import { StatusBadge } from '../shared/StatusBadge';
import { needStatusValues, urgencyValues } from '../../../../../electron/api/contract/dossier/lifecycle';
import { exportLabels } from '../../../components/tableExportColumns';

/** Columns of the needs table; ids equal the server's sort columns where sortable. */
export function useNeedColumns(): ColumnDef<NeedRow>[] {
  const { t, i18n } = useTranslation();
  const english = i18n.language.startsWith('en');
  return useMemo<ColumnDef<NeedRow>[]>(
    () => [
      {
        id: 'title',
        accessorKey: 'title',
        header: () => t('dossiers.list.columns.title'),
        meta: { width: 'minmax(16rem, 2.6fr)' },
        cell: ({ row }) => (
          <span className="cell-truncate" title={row.original.title}>
            {row.original.title}
          </span>
        ),
      },
      {
        id: 'organisationName',
        accessorFn: (row) => row.organisationName ?? '',
        header: () => t('dossiers.list.columns.organisationName'),
        meta: { width: 'minmax(11rem, 1.6fr)', export: { key: 'organisationName' } },
        cell: ({ row }) =>
          row.original.organisationName ? (
            <span className="cell-truncate" title={row.original.organisationName}>
              {row.original.organisationName}
            </span>
          ) : (
            <span className="muted">{t('dossiers.list.collective')}</span>
          ),
      },
      {
        id: 'status',
        accessorKey: 'status',
        header: () => t('dossiers.list.columns.status'),
        meta: {
          width: 'minmax(9rem, 0.9fr)',
          export: { labels: exportLabels(needStatusValues, (s) => t(`dossiers.status.${s}`)) },
        },
        cell: ({ row }) => <StatusBadge status={row.original.status} />,
      },
      {
        id: 'themes',
        header: () => t('dossiers.list.columns.themes'),
        enableSorting: false,
        meta: { width: 'minmax(10rem, 1.3fr)', export: { key: english ? 'themes.nameEn' : 'themes.nameNl', type: 'list' } },
        cell: ({ row }) => {
          const names = row.original.themes.map((th) => (english ? th.nameEn : th.nameNl)).join(', ');
          return (
            <span className="cell-truncate muted" title={names}>
              {names || '—'}
            </span>
          );
        },
      },
      {
        id: 'urgency',
        accessorKey: 'urgency',
        header: () => t('dossiers.list.columns.urgency'),
        meta: {
          width: 'minmax(7rem, 0.6fr)',
          export: { labels: exportLabels(urgencyValues, (u) => t(`dossiers.urgency.${u}`)) },
        },
        sortDescFirst: true,
        cell: ({ row }) => (
          <span className={row.original.urgency === 'hoog' ? 'dossier-urgent' : undefined}>
            {t(`dossiers.urgency.${row.original.urgency}`)}
          </span>
        ),
      },
      {
        id: 'owner',
        accessorKey: 'owner',
        header: () => t('dossiers.list.columns.owner'),
        meta: { width: 'minmax(7rem, 0.7fr)' },
        cell: ({ row }) => row.original.owner || '—',
      },
      {
        id: 'openTaskCount',
        accessorKey: 'openTaskCount',
        header: () => t('dossiers.list.columns.openTaskCount'),
        enableSorting: false,
        meta: { width: 'minmax(7.5rem, 0.5fr)', align: 'end' },
        cell: ({ row }) => row.original.openTaskCount || '—',
      },
      {
        id: 'updatedAt',
        accessorKey: 'updatedAt',
        header: () => t('dossiers.list.columns.updatedAt'),
        meta: { width: 'minmax(7.5rem, 0.7fr)', export: { type: 'instantDate' } },
        sortDescFirst: true,
        cell: ({ row }) => formatDate(row.original.updatedAt),
      },
    ],
    [t, english],
  );
}
