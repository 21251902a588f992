import type { SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollegeRow, collegeSortColumns } from '../../../../../electron/api/contract';
import { hrefFor, navigate } from '../../../app/routes';
import { DataTable } from '../../../components/DataTable';
import { LoadState } from '../../../components/LoadState';
import { TableExportMenu } from '../../../components/TableExportMenu';
import { toolbarColumns } from '../../../components/TableToolbar';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { CollegeFormDialog } from './CollegeFormDialog';
import { useCollegeColumns } from './useCollegeColumns';

type SortColumn = (typeof collegeSortColumns)[number];

// A type-checked copy of the contract's list: importing the contract at runtime would bundle zod.
const sortColumns: Record<SortColumn, true> = {
  name: true,
  shortName: true,
  city: true,
  province: true,
  groupCount: true,
};

function isSortColumn(id: string): id is SortColumn {
  return Object.hasOwn(sortColumns, id);
}

/** The server sorts and filters (SQL); this only turns table state into the call's input. */
function toSortInput(sorting: SortingState) {
  const first = sorting[0];
  if (!first || !isSortColumn(first.id)) return undefined;
  return { column: first.id, direction: first.desc ? ('desc' as const) : ('asc' as const) };
}

export function CollegeTable() {
  const { t } = useTranslation();
  const columns = useCollegeColumns();
  const [filter, setFilter] = useState('');
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  const [showInactive, setShowInactive] = useState(false);
  const [creating, setCreating] = useState(false);
  const search = useDebouncedValue(filter.trim(), 200);
  const listInput = {
    search: search === '' ? undefined : search,
    sort: toSortInput(sorting),
    includeInactive: showInactive || undefined,
  };
  const colleges = useApiQuery('network.listColleges', listInput);
  const exportable = useMemo(() => toolbarColumns(columns, (id) => t(`network.columns.${id}`), ''), [columns, t]);
  const rows: CollegeRow[] = colleges.data ?? [];

  return (
    <section className="table-section" aria-labelledby="colleges-heading">
      <h2 id="colleges-heading" className="visually-hidden">
        {t('network.tableLabel')}
      </h2>
      <div className="toolbar">
        <label className="field-inline">
          <span className="field-label">{t('network.filterLabel')}</span>
          <input
            type="search"
            className="input toolbar-search"
            value={filter}
            placeholder={t('network.filterPlaceholder')}
            onChange={(event) => setFilter(event.target.value)}
            data-testid="college-filter"
          />
        </label>
        <label className="field-inline small">
          <input type="checkbox" checked={showInactive} onChange={(e) => setShowInactive(e.target.checked)} />
          {t('networkEdit.filters.showInactive')}
        </label>
        <span className="toolbar-end">
          <span className="muted small">{t('network.keyboardHint')}</span>
          <span className="row-count" aria-live="polite" data-testid="college-count">
            {colleges.data ? t('network.rowCount', { count: rows.length }) : t('common.loading')}
          </span>
          <TableExportMenu
            source={{ method: 'network.listColleges', input: listInput, fileName: t('tableExport.fileNames.colleges') }}
            columns={exportable}
          />
          <button type="button" className="button" onClick={() => setCreating(true)} data-testid="college-new">
            {t('networkEdit.college.new')}
          </button>
        </span>
      </div>
      {colleges.error && !colleges.data ? (
        <LoadState error={colleges.error} onRetry={colleges.reload} />
      ) : (
        <DataTable
          data={rows}
          columns={columns}
          getRowId={(row) => String(row.id)}
          label={t('network.tableLabel')}
          sorting={sorting}
          onSortingChange={setSorting}
          onRowActivate={(row) => navigate(hrefFor('netwerk', row.id))}
          emptyMessage={t('network.empty')}
          busy={colleges.loading}
          rowTestId="college-row"
        />
      )}
      {creating && (
        <CollegeFormDialog
          onClose={(id) => {
            setCreating(false);
            if (id) navigate(hrefFor('netwerk', id));
          }}
        />
      )}
    </section>
  );
}
