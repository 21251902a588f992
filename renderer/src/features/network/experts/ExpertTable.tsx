import type { SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpertRole } from '../../../../../electron/api/contract';
import { DataTable } from '../../../components/DataTable';
import { LoadState } from '../../../components/LoadState';
import { TableToolbar, toolbarColumns } from '../../../components/TableToolbar';
import { useColumnVisibility } from '../../../components/useColumnVisibility';
import { sortingFrom, stringFrom } from '../../../components/viewState';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { expertRoles, isExpertRole, useColleges } from '../lookups';
import { Pager } from '../../../components/Pager';
import { sortFrom } from '../sort';
import { ExpertFormDialog } from './ExpertFormDialog';
import { useExpertColumns } from './useExpertColumns';

const PAGE = 100;
const sortable = ['name', 'college', 'role', 'email'] as const;
type ActiveFilter = 'active' | 'inactive' | 'all';
const defaultSorting: SortingState = [{ id: 'name', desc: false }];

function activeFrom(value: unknown): ActiveFilter {
  return value === 'inactive' || value === 'all' ? value : 'active';
}

/** The Experts tab: every person in the network, filtered, sorted and paged by the server. */
export function ExpertTable() {
  const { t } = useTranslation();
  const columns = useExpertColumns();
  const colleges = useColleges();
  const [search, setSearch] = useState('');
  const [collegeId, setCollegeId] = useState<number | undefined>();
  const [role, setRole] = useState<ExpertRole | undefined>();
  const [active, setActive] = useState<ActiveFilter>('active');
  const [sorting, setSorting] = useState<SortingState>(defaultSorting);
  const [offset, setOffset] = useState(0);
  const [columnVisibility, setColumnVisibility] = useColumnVisibility('experts');
  const columnChoices = useMemo(() => toolbarColumns(columns, (id) => t(`networkEdit.expert.${id}`), 'name'), [columns, t]);
  const [dialog, setDialog] = useState<{ id?: number } | null>(null);
  const debounced = useDebouncedValue(search.trim(), 200);
  const listInput = {
    search: debounced === '' ? undefined : debounced,
    filters: { collegeId, role, active: active === 'all' ? undefined : active === 'active' },
    sort: sortFrom(sorting, sortable),
  };
  const experts = useApiQuery('network.listExperts', { ...listInput, offset, limit: PAGE });
  const page = experts.data;

  // Any change of filter starts again at the first page.
  function filtered<T>(setter: (value: T) => void) {
    return (value: T) => {
      setter(value);
      setOffset(0);
    };
  }

  return (
    <section className="table-section" aria-labelledby="experts-heading">
      <h2 id="experts-heading" className="visually-hidden">
        {t('networkEdit.expert.tableLabel')}
      </h2>
      <div className="toolbar">
        <input
          type="search"
          className="input toolbar-search"
          value={search}
          placeholder={t('networkEdit.expert.searchPlaceholder')}
          aria-label={t('network.filterLabel')}
          onChange={(e) => filtered(setSearch)(e.target.value)}
          data-testid="expert-search"
        />
        <select
          className="input filter-select"
          aria-label={t('networkEdit.expert.college')}
          value={collegeId ?? ''}
          onChange={(e) => filtered(setCollegeId)(e.target.value === '' ? undefined : Number(e.target.value))}
          data-testid="expert-college-filter"
        >
          <option value="">{t('networkEdit.filters.allColleges')}</option>
          {colleges.map((c) => (
            <option key={c.id} value={c.id}>
              {c.shortName}
            </option>
          ))}
        </select>
        <select
          className="input filter-select"
          aria-label={t('networkEdit.expert.role')}
          value={role ?? ''}
          onChange={(e) => filtered(setRole)(isExpertRole(e.target.value) ? e.target.value : undefined)}
        >
          <option value="">{t('networkEdit.filters.allRoles')}</option>
          {expertRoles.map((r) => (
            <option key={r} value={r}>
              {t(`networkEdit.roles.${r}`)}
            </option>
          ))}
        </select>
        <select
          className="input filter-select"
          aria-label={t('college.status')}
          value={active}
          onChange={(e) => filtered(setActive)(e.target.value as ActiveFilter)}
        >
          <option value="active">{t('networkEdit.filters.active')}</option>
          <option value="inactive">{t('networkEdit.filters.inactive')}</option>
          <option value="all">{t('networkEdit.filters.all')}</option>
        </select>
        <span className="toolbar-end">
          <TableToolbar
            tableKey="experts"
            columns={columnChoices}
            columnVisibility={columnVisibility}
            onColumnVisibilityChange={setColumnVisibility}
            viewState={{ search, collegeId: collegeId ?? null, role: role ?? null, active, sorting }}
            exportOf={{ method: 'network.listExperts', input: listInput, fileName: t('tableExport.fileNames.experts') }}
            onApplyView={(state) => {
              const savedRole = stringFrom(state.role, '');
              setSearch(stringFrom(state.search, ''));
              setCollegeId(typeof state.collegeId === 'number' ? state.collegeId : undefined);
              setRole(isExpertRole(savedRole) ? savedRole : undefined);
              setActive(activeFrom(state.active));
              setSorting(sortingFrom(state.sorting, defaultSorting));
              setOffset(0);
            }}
          />
          <span className="row-count" aria-live="polite" data-testid="expert-count">
            {page ? t('networkEdit.expert.count', { count: page.total }) : t('common.loading')}
          </span>
          <button type="button" className="button button-primary" onClick={() => setDialog({})} data-testid="expert-new">
            {t('networkEdit.expert.new')}
          </button>
        </span>
      </div>
      {experts.error && !page ? (
        <LoadState error={experts.error} onRetry={experts.reload} />
      ) : (
        <DataTable
          data={page?.rows ?? []}
          columns={columns}
          getRowId={(row) => String(row.id)}
          label={t('networkEdit.expert.tableLabel')}
          sorting={sorting}
          onSortingChange={(s) => {
            setSorting(s);
            setOffset(0);
          }}
          onRowActivate={(row) => setDialog({ id: row.id })}
          emptyMessage={t('networkEdit.expert.empty')}
          busy={experts.loading}
          rowTestId="expert-row"
          columnVisibility={columnVisibility}
        />
      )}
      {page && <Pager offset={offset} limit={PAGE} total={page.total} onChange={setOffset} hideWhenSinglePage />}
      {dialog && <ExpertFormDialog expertId={dialog.id} onClose={() => setDialog(null)} />}
    </section>
  );
}
