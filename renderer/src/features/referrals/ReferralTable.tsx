import type { SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf, ReferralSortColumn } from '../../../../electron/api/contract';
import { hrefFor, navigate } from '../../app/routes';
import { DataTable } from '../../components/DataTable';
import { LoadState } from '../../components/LoadState';
import { Pager } from '../../components/Pager';
import { TableExportMenu } from '../../components/TableExportMenu';
import { useApiQuery } from '../../hooks/useApiQuery';
import { emptyReferralFilters, filtersInput, ReferralFilterBar, type ReferralFilters } from './ReferralFilterBar';
import { useReferralExport } from './referralExport';
import { useReferralColumns } from './useReferralColumns';

const PAGE_SIZE = 100;
const sortColumns: Record<ReferralSortColumn, true> = {
  createdAt: true,
  sentAt: true,
  responseDeadline: true,
  status: true,
  needTitle: true,
  destinationName: true,
  updatedAt: true,
};
const isSortColumn = (id: string): id is ReferralSortColumn => Object.hasOwn(sortColumns, id);

function toInput(filters: ReferralFilters, sorting: SortingState, offset: number): InputOf<'referrals.list'> {
  const first = sorting[0];
  return {
    filters: filtersInput(filters),
    sort: first && isSortColumn(first.id) ? { column: first.id, direction: first.desc ? 'desc' : 'asc' } : undefined,
    offset,
    limit: PAGE_SIZE,
  };
}

/** The table view: SQL-paged, filtered and sorted; Enter opens a referral. */
export function ReferralTable({ initialFilters = emptyReferralFilters }: { initialFilters?: ReferralFilters }) {
  const { t } = useTranslation();
  const columns = useReferralColumns();
  const [filters, setFilters] = useState<ReferralFilters>(initialFilters);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'createdAt', desc: true }]);
  const [offset, setOffset] = useState(0);
  const input = toInput(filters, sorting, offset);
  const list = useApiQuery('referrals.list', input);
  // The export takes every row of the current filters and sort; it pages on its own.
  const exportKey = JSON.stringify({ filters: input.filters, sort: input.sort });
  const exportInput = useMemo(() => JSON.parse(exportKey) as Record<string, unknown>, [exportKey]);
  const exported = useReferralExport(exportInput);
  const total = list.data?.total ?? 0;
  return (
    <section className="table-section" aria-label={t('referrals.tableLabel')}>
      <ReferralFilterBar
        value={filters}
        onChange={(next) => {
          setFilters(next);
          setOffset(0);
        }}
      />
      <div className="toolbar">
        <span className="row-count" aria-live="polite" data-testid="referral-count">
          {list.data ? t('referrals.rowCount', { count: total }) : t('common.loading')}
        </span>
        <span className="toolbar-spacer" />
        <span className="muted small">{t('referrals.keyboardHint')}</span>
        <TableExportMenu source={exported.source} columns={exported.columns} />
      </div>
      {list.error && !list.data ? (
        <LoadState error={list.error} onRetry={list.reload} />
      ) : (
        <DataTable
          data={list.data?.rows ?? []}
          columns={columns}
          getRowId={(row) => String(row.id)}
          label={t('referrals.tableLabel')}
          sorting={sorting}
          onSortingChange={(next) => {
            setSorting(next);
            setOffset(0);
          }}
          onRowActivate={(row) => navigate(hrefFor('doorverwijzingen', row.id))}
          emptyMessage={t('referrals.empty')}
          busy={list.loading}
          rowTestId="referral-row"
          rowHeight={52}
        />
      )}
      <Pager offset={offset} limit={PAGE_SIZE} total={total} onChange={setOffset} hideWhenSinglePage />
    </section>
  );
}
