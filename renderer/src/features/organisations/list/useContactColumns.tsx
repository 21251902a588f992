import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactRow } from '../../../../../electron/api/contract';
import { hrefFor } from '../../../app/routes';
import { formatDate } from '../../../format';

export function contactName(c: { firstName: string; lastName: string }): string {
  return [c.firstName, c.lastName].filter(Boolean).join(' ');
}

/** Columns of the contacts table; only indexed columns sort (lastName, email, organisation). */
export function useContactColumns(): ColumnDef<ContactRow>[] {
  const { t } = useTranslation();
  return useMemo<ColumnDef<ContactRow>[]>(
    () => [
      {
        id: 'lastName',
        accessorKey: 'lastName',
        header: () => t('organisations.columns.contactName'),
        meta: { width: 'minmax(12rem, 1.6fr)', export: { key: 'lastName+firstName' } },
        cell: ({ row }) => (
          <span className="cell-name">
            <span className="cell-truncate">{[row.original.lastName, row.original.firstName].filter(Boolean).join(', ')}</span>
            {!row.original.active && <span className="badge">{t('organisations.inactive')}</span>}
          </span>
        ),
      },
      {
        id: 'organisation',
        accessorKey: 'organisationName',
        header: () => t('organisations.columns.organisation'),
        meta: { width: 'minmax(12rem, 1.8fr)' },
        cell: ({ row }) => (
          <a
            className="cell-truncate org-cell-link"
            href={hrefFor('organisaties', row.original.organisationId)}
            onClick={(e) => e.stopPropagation()}
            tabIndex={-1}
          >
            {row.original.organisationName}
          </a>
        ),
      },
      {
        id: 'role',
        accessorKey: 'role',
        header: () => t('organisations.columns.role'),
        enableSorting: false,
        meta: { width: 'minmax(8rem, 1.1fr)' },
        cell: ({ row }) => row.original.role || '—',
      },
      {
        id: 'email',
        accessorKey: 'email',
        header: () => t('organisations.columns.email'),
        meta: { width: 'minmax(12rem, 1.6fr)' },
        cell: ({ row }) => (row.original.email ? <span className="cell-truncate">{row.original.email}</span> : '—'),
      },
      {
        id: 'phone',
        accessorKey: 'phoneDisplay',
        header: () => t('organisations.columns.phone'),
        enableSorting: false,
        meta: { width: 'minmax(8.5rem, 0.9fr)' },
        cell: ({ row }) => row.original.phoneDisplay ?? '—',
      },
      {
        id: 'consentDate',
        accessorKey: 'consentDate',
        header: () => t('organisations.columns.consent'),
        enableSorting: false,
        meta: { export: { type: 'date' }, width: 'minmax(7.5rem, 0.8fr)' },
        cell: ({ row }) => (row.original.consentDate ? formatDate(`${row.original.consentDate}T12:00:00Z`) : '—'),
      },
    ],
    [t],
  );
}
