import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationRow } from '../../../../../electron/api/contract';
import { formatEnterpriseNumber } from '../../../../../electron/api/contract/rules/enterprise-number';
import { formatDate } from '../../../format';
import { isOutsideFlanders } from '../lookups';

/** Columns of the organisations table; ids equal the server's sort columns where sortable. */
export function useOrganisationColumns(): ColumnDef<OrganisationRow>[] {
  const { t } = useTranslation();
  return useMemo<ColumnDef<OrganisationRow>[]>(
    () => [
      {
        id: 'name',
        accessorKey: 'name',
        header: () => t('organisations.columns.name'),
        meta: { width: 'minmax(11rem, 2.6fr)' },
        cell: ({ row }) => (
          <span className="cell-name">
            <span className="cell-truncate" title={row.original.name}>
              {row.original.name}
            </span>
            {!row.original.active && <span className="badge">{t('organisations.inactive')}</span>}
          </span>
        ),
      },
      {
        id: 'legalForm',
        accessorKey: 'legalForm',
        header: () => t('organisations.columns.legalForm'),
        meta: { width: 'minmax(5.5rem, 0.5fr)' },
        cell: ({ row }) => row.original.legalForm ?? '—',
      },
      {
        id: 'enterpriseNumber',
        accessorKey: 'enterpriseNumber',
        header: () => t('organisations.columns.enterpriseNumber'),
        meta: { width: 'minmax(9rem, 0.8fr)', export: { type: 'enterpriseNumber' } },
        cell: ({ row }) =>
          row.original.enterpriseNumber ? (
            <span className="mono small">{formatEnterpriseNumber(row.original.enterpriseNumber)}</span>
          ) : (
            '—'
          ),
      },
      {
        id: 'postcode',
        accessorKey: 'postcode',
        header: () => t('organisations.columns.postcode'),
        meta: { width: 'minmax(6.5rem, 0.5fr)' },
        cell: ({ row }) => row.original.postcode ?? '—',
      },
      {
        id: 'city',
        accessorKey: 'city',
        header: () => t('organisations.columns.city'),
        meta: { width: 'minmax(7rem, 1fr)' },
        cell: ({ row }) => row.original.city || '—',
      },
      {
        id: 'province',
        accessorKey: 'province',
        header: () => t('organisations.columns.province'),
        meta: { width: 'minmax(7rem, 1fr)' },
        cell: ({ row }) =>
          isOutsideFlanders(row.original.provinceCode) ? (
            <span className="badge badge-warning" title={t('organisations.outsideFlanders')}>
              {row.original.province}
            </span>
          ) : (
            <span className="cell-truncate">{row.original.province ?? '—'}</span>
          ),
      },
      {
        id: 'federations',
        accessorKey: 'federations',
        header: () => t('organisations.columns.federations'),
        enableSorting: false,
        meta: { width: 'minmax(7.5rem, 1fr)' },
        cell: ({ row }) => {
          const text = row.original.federations.join(', ');
          return text ? (
            <span className="cell-truncate" title={text}>
              {text}
            </span>
          ) : (
            '—'
          );
        },
      },
      {
        id: 'contactCount',
        accessorKey: 'contactCount',
        header: () => t('organisations.columns.contactCount'),
        enableSorting: false,
        meta: { width: 'minmax(6.5rem, 0.5fr)', align: 'end' },
      },
      {
        id: 'openNeedCount',
        accessorKey: 'openNeedCount',
        header: () => t('organisations.columns.openNeedCount'),
        enableSorting: false,
        meta: { width: 'minmax(6.5rem, 0.5fr)', align: 'end' },
      },
      {
        id: 'updatedAt',
        accessorKey: 'updatedAt',
        header: () => t('organisations.columns.updatedAt'),
        sortDescFirst: true,
        meta: { width: 'minmax(7.5rem, 0.6fr)', export: { type: 'instantDate' } },
        cell: ({ row }) => formatDate(row.original.updatedAt),
      },
    ],
    [t],
  );
}
