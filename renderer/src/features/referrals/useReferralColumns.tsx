import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralRow } from '../../../../electron/api/contract';
import { formatDate } from '../../format';
import { formatDay, ReferralStatusBadge } from './shared';

/** Columns of the referrals table; ids equal the server's sort columns where sortable. */
export function useReferralColumns(): ColumnDef<ReferralRow>[] {
  const { t } = useTranslation();
  return useMemo<ColumnDef<ReferralRow>[]>(
    () => [
      {
        id: 'needTitle',
        accessorKey: 'needTitle',
        header: () => t('referrals.columns.needTitle'),
        meta: { width: 'minmax(11rem, 1.5fr)' },
        cell: ({ row }) => (
          <span className="referral-cell-two">
            <span className="cell-truncate" title={row.original.needTitle}>
              {row.original.needTitle}
            </span>
            <span className="cell-truncate muted small">{row.original.organisationName ?? ''}</span>
          </span>
        ),
      },
      {
        id: 'destinationName',
        accessorKey: 'destinationName',
        header: () => t('referrals.columns.destinationName'),
        meta: { width: 'minmax(11rem, 1.5fr)' },
        cell: ({ row }) => {
          const r = row.original;
          const sub = [t(`referrals.kind.${r.destinationKind}`), r.destinationKind === 'expertisegroep' ? r.collegeName : null]
            .filter(Boolean)
            .join(' · ');
          return (
            <span className="referral-cell-two">
              <span className="cell-truncate" title={r.destinationName}>
                {r.destinationName}
              </span>
              <span className="cell-truncate muted small">
                {sub}
                {r.parentId !== null && ` · ${t('referrals.childOf', { id: r.parentId })}`}
                {r.childCount > 0 && ` · ${t('referrals.chainMore', { count: r.childCount })}`}
              </span>
            </span>
          );
        },
      },
      {
        id: 'status',
        accessorKey: 'status',
        header: () => t('referrals.columns.status'),
        meta: { width: '11rem' },
        cell: ({ row }) => <ReferralStatusBadge status={row.original.status} overdue={row.original.overdue} />,
      },
      {
        id: 'sentAt',
        accessorKey: 'sentAt',
        header: () => t('referrals.columns.sentAt'),
        meta: { width: '8.5rem' },
        cell: ({ row }) => (row.original.sentAt ? formatDate(row.original.sentAt) : <span className="muted">—</span>),
      },
      {
        id: 'responseDeadline',
        accessorKey: 'responseDeadline',
        header: () => t('referrals.columns.responseDeadline'),
        meta: { width: '9.5rem' },
        cell: ({ row }) => (
          <span className={row.original.overdue ? 'referral-late' : undefined}>{formatDay(row.original.responseDeadline)}</span>
        ),
      },
      {
        id: 'nextStep',
        header: () => t('referrals.columns.nextStep'),
        enableSorting: false,
        meta: { width: 'minmax(11rem, 1.4fr)' },
        cell: ({ row }) => (
          <span
            className={`cell-truncate${row.original.nextStep === 'none' ? ' muted' : ''}`}
            title={t(`referrals.next.${row.original.nextStep}`)}
          >
            {t(`referrals.next.${row.original.nextStep}`)}
          </span>
        ),
      },
    ],
    [t],
  );
}
