import type { SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf, NeedSortColumn } from '../../../../../electron/api/contract';
import { needStatusValues } from '../../../../../electron/api/contract/dossier/lifecycle';
import { hrefFor, navigate } from '../../../app/routes';
import { DataTable } from '../../../components/DataTable';
import { LoadState } from '../../../components/LoadState';
import { PageHeader } from '../../../components/PageHeader';
import { TableToolbar, toolbarColumns } from '../../../components/TableToolbar';
import { useColumnVisibility } from '../../../components/useColumnVisibility';
import { sortingFrom, stringsFrom } from '../../../components/viewState';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { DossierNav } from '../shared/DossierNav';
import { emptyFilters, NeedFilterBar, type NeedFilters } from './NeedFilterBar';
import { useNeedColumns } from './useNeedColumns';

const PAGE_SIZE = 100;

// A type-checked copy of the contract's sort columns (the contract module would bundle zod).
const sortColumns: Record<NeedSortColumn, true> = {
  title: true,
  organisationName: true,
  status: true,
  urgency: true,
  owner: true,
  createdAt: true,
  updatedAt: true,
};

function isSortColumn(id: string): id is NeedSortColumn {
  return Object.hasOwn(sortColumns, id);
}

/** `#/dossiers?organisatie=12` narrows the list to one organisation (linked from Organisaties). */
function organisationFromHash(): number | null {
  const query = window.location.hash.split('?')[1] ?? '';
  const value = new URLSearchParams(query).get('organisatie');
  return value && /^\d+$/.test(value) ? Number(value) : null;
}

const defaultSorting: SortingState = [{ id: 'updatedAt', desc: true }];

/** The filters of a saved view; statuses that no longer exist are dropped. */
function filtersFrom(value: unknown): NeedFilters {
  const { status: _none, ...textDefaults } = emptyFilters;
  const text = stringsFrom(value, textDefaults);
  const saved: unknown = value && typeof value === 'object' && 'status' in value ? value.status : [];
  const status = Array.isArray(saved) ? needStatusValues.filter((s) => saved.includes(s)) : [];
  return { ...text, status };
}

const toNumber = (v: string) => (v === '' ? undefined : Number(v));

function toInput(
  filters: NeedFilters,
  search: string,
  sorting: SortingState,
  offset: number,
  organisationId: number | null,
): InputOf<'needs.list'> {
  const first = sorting[0];
  return {
    search: search === '' ? undefined : search,
    filters: {
      status: filters.status.length > 0 ? filters.status : undefined,
      themeId: toNumber(filters.themeId),
      provinceCode: filters.provinceCode || undefined,
      federationId: toNumber(filters.federationId),
      collegeId: toNumber(filters.collegeId),
      owner: filters.owner || undefined,
      createdFrom: filters.createdFrom || undefined,
      createdTo: filters.createdTo || undefined,
      organisationId: organisationId ?? undefined,
    },
    sort: first && isSortColumn(first.id) ? { column: first.id, direction: first.desc ? 'desc' : 'asc' } : undefined,
    offset,
    limit: PAGE_SIZE,
  };
}

export function NeedListPage() {
  const { t } = useTranslation();
  const columns = useNeedColumns();
  const [organisationId, setOrganisationId] = useState(organisationFromHash);
  const [filters, setFilters] = useState<NeedFilters>(emptyFilters);
  const [sorting, setSorting] = useState<SortingState>(defaultSorting);
  const [offset, setOffset] = useState(0);
  const [columnVisibility, setColumnVisibility] = useColumnVisibility('needs');
  const columnChoices = useMemo(() => toolbarColumns(columns, (id) => t(`dossiers.list.columns.${id}`), 'title'), [columns, t]);
  const search = useDebouncedValue(filters.search.trim(), 250);
  const options = useApiQuery('dossiers.filterOptions', undefined);
  const needs = useApiQuery('needs.list', toInput(filters, search, sorting, offset, organisationId));
  const rows = needs.data?.rows ?? [];
  const total = needs.data?.total ?? 0;

  const changeFilters = (next: NeedFilters) => {
    setFilters(next);
    setOffset(0);
  };

  return (
    <div className="page page-fill">
      <PageHeader
        title={t('dossiers.title')}
        subtitle={t('dossiers.subtitle')}
        actions={
          <a className="button button-primary" href={hrefFor('dossiers', 'nieuw')} data-testid="new-need">
            {t('dossiers.newNeed')}
          </a>
        }
      />
      <DossierNav current="needs" />
      <section className="table-section" aria-labelledby="needs-heading">
        <h2 id="needs-heading" className="visually-hidden">
          {t('dossiers.list.label')}
        </h2>
        <NeedFilterBar value={filters} onChange={changeFilters} options={options.data} />
        {organisationId !== null && (
          <p className="dossier-org-filter" data-testid="organisation-filter">
            {rows[0]?.organisationName
              ? t('dossiers.list.organisationFilter', { name: rows[0].organisationName })
              : t('dossiers.list.organisationFilterAny')}
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                setOrganisationId(null);
                navigate(hrefFor('dossiers'));
              }}
            >
              {t('dossiers.list.removeOrganisationFilter')}
            </button>
          </p>
        )}
        <div className="toolbar">
          <span className="row-count" aria-live="polite" data-testid="need-count">
            {needs.data ? t('dossiers.list.rowCount', { count: total }) : t('common.loading')}
          </span>
          <span className="toolbar-spacer" />
          <span className="muted small">{t('dossiers.list.keyboardHint')}</span>
          <TableToolbar
            tableKey="needs"
            columns={columnChoices}
            columnVisibility={columnVisibility}
            onColumnVisibilityChange={setColumnVisibility}
            viewState={{ filters, sorting }}
            exportOf={{
              method: 'needs.list',
              input: toInput(filters, search, sorting, 0, organisationId),
              fileName: t('tableExport.fileNames.needs'),
            }}
            onApplyView={(state) => {
              setFilters(filtersFrom(state.filters));
              setSorting(sortingFrom(state.sorting, defaultSorting));
              setOffset(0);
            }}
          />
        </div>
        {needs.error && !needs.data ? (
          <LoadState error={needs.error} onRetry={needs.reload} />
        ) : (
          <DataTable
            data={rows}
            columns={columns}
            getRowId={(row) => String(row.id)}
            label={t('dossiers.list.label')}
            sorting={sorting}
            onSortingChange={(next) => {
              setSorting(next);
              setOffset(0);
            }}
            onRowActivate={(row) => navigate(hrefFor('dossiers', row.id))}
            emptyMessage={t('dossiers.list.empty')}
            busy={needs.loading}
            rowTestId="need-row"
            columnVisibility={columnVisibility}
          />
        )}
        {total > PAGE_SIZE && (
          <div className="dossier-pager">
            <button
              type="button"
              className="button button-small"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
            >
              {t('dossiers.list.previous')}
            </button>
            <span className="muted">
              {t('dossiers.list.range', { from: offset + 1, to: Math.min(offset + PAGE_SIZE, total), total })}
            </span>
            <button
              type="button"
              className="button button-small"
              disabled={offset + PAGE_SIZE >= total}
              onClick={() => setOffset(offset + PAGE_SIZE)}
            >
              {t('dossiers.list.next')}
            </button>
          </div>
        )}
      </section>
    </div>
  );
}
