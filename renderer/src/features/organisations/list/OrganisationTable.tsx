import type { SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor, navigate } from '../../../app/routes';
import { DataTable } from '../../../components/DataTable';
import { LoadState } from '../../../components/LoadState';
import { TableToolbar, toolbarColumns } from '../../../components/TableToolbar';
import { useColumnVisibility } from '../../../components/useColumnVisibility';
import { sortingFrom, stringFrom, stringsFrom } from '../../../components/viewState';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { legalForms } from '../../../../../electron/api/contract/organisation/values';
import { provinceOptions, useFederations, useLegalFormOptions } from '../lookups';
import { Pager } from '../../../components/Pager';
import { sortFrom } from './sort';
import { useOrganisationColumns } from './useOrganisationColumns';

const PAGE_SIZE = 100;
// A type-checked copy of the contract's list: importing the contract at runtime would bundle zod.
const sortColumns = ['name', 'legalForm', 'enterpriseNumber', 'postcode', 'city', 'province', 'updatedAt'] as const;

export type OrganisationFilterState = { provinceCode: string; federationId: string; legalForm: string; active: string };
const noFilters: OrganisationFilterState = { provinceCode: '', federationId: '', legalForm: '', active: 'true' };
const defaultSorting: SortingState = [{ id: 'name', desc: false }];

function toFilters(f: OrganisationFilterState) {
  const legalForm = legalForms.find((l) => l === f.legalForm);
  return {
    ...(f.provinceCode ? { provinceCode: f.provinceCode } : {}),
    ...(f.federationId ? { federationId: Number(f.federationId) } : {}),
    ...(legalForm ? { legalForm } : {}),
    ...(f.active ? { active: f.active === 'true' } : {}),
  };
}

/** Organisations, filtered, sorted and paged by the server (built for 100k rows). */
export function OrganisationTable() {
  const { t } = useTranslation();
  const columns = useOrganisationColumns();
  const federations = useFederations();
  const legalFormOptions = useLegalFormOptions();
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<OrganisationFilterState>(noFilters);
  const [sorting, setSorting] = useState<SortingState>(defaultSorting);
  const [offset, setOffset] = useState(0);
  const [columnVisibility, setColumnVisibility] = useColumnVisibility('organisations');
  const columnChoices = useMemo(() => toolbarColumns(columns, (id) => t(`organisations.columns.${id}`), 'name'), [columns, t]);
  const search = useDebouncedValue(text.trim(), 200);
  const listInput = {
    ...(search ? { search } : {}),
    filters: toFilters(filters),
    sort: sortFrom(sorting, sortColumns, 'name'),
  };
  const query = useApiQuery('organisations.list', { ...listInput, offset, limit: PAGE_SIZE });

  function setFilter(key: keyof OrganisationFilterState, value: string) {
    setFilters((f) => ({ ...f, [key]: value }));
    setOffset(0);
  }

  const select = (
    key: keyof OrganisationFilterState,
    label: string,
    options: { value: string; label: string }[],
    allLabel: string,
  ) => (
    <label className="org-filter">
      <span className="field-label small">{label}</span>
      <select
        className="input"
        value={filters[key]}
        onChange={(e) => setFilter(key, e.target.value)}
        data-testid={`filter-${key}`}
      >
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );

  const filtered = JSON.stringify(filters) !== JSON.stringify(noFilters) || text !== '';
  return (
    <section className="table-section" aria-label={t('organisations.tableLabel')}>
      <div className="toolbar org-filterbar">
        <label className="org-filter">
          <span className="field-label small">{t('organisations.searchLabel')}</span>
          <input
            type="search"
            className="input"
            value={text}
            placeholder={t('organisations.searchPlaceholder')}
            onChange={(e) => {
              setText(e.target.value);
              setOffset(0);
            }}
            data-testid="organisation-search"
          />
        </label>
        {select('provinceCode', t('organisations.filters.province'), provinceOptions, t('organisations.filters.all'))}
        {select(
          'federationId',
          t('organisations.filters.federation'),
          federations.map((f) => ({ value: String(f.id), label: f.name })),
          t('organisations.filters.all'),
        )}
        {select('legalForm', t('organisations.filters.legalForm'), legalFormOptions, t('organisations.filters.all'))}
        {select(
          'active',
          t('organisations.filters.status'),
          [
            { value: 'true', label: t('organisations.filters.active') },
            { value: 'false', label: t('organisations.filters.inactive') },
          ],
          t('organisations.filters.all'),
        )}
        {filtered && (
          <button
            type="button"
            className="button button-small org-filter-clear"
            onClick={() => {
              setFilters(noFilters);
              setText('');
              setOffset(0);
            }}
          >
            {t('organisations.filters.clear')}
          </button>
        )}
        <TableToolbar
          tableKey="organisations"
          columns={columnChoices}
          columnVisibility={columnVisibility}
          onColumnVisibilityChange={setColumnVisibility}
          viewState={{ text, filters, sorting }}
          exportOf={{ method: 'organisations.list', input: listInput, fileName: t('tableExport.fileNames.organisations') }}
          onApplyView={(state) => {
            setText(stringFrom(state.text, ''));
            setFilters(stringsFrom(state.filters, noFilters));
            setSorting(sortingFrom(state.sorting, defaultSorting));
            setOffset(0);
          }}
        />
      </div>
      {query.error && !query.data ? (
        <LoadState error={query.error} onRetry={query.reload} />
      ) : (
        <DataTable
          data={query.data?.rows ?? []}
          columns={columns}
          getRowId={(row) => String(row.id)}
          label={t('organisations.tableLabel')}
          sorting={sorting}
          onSortingChange={(updater) => {
            setSorting(updater);
            setOffset(0);
          }}
          onRowActivate={(row) => navigate(hrefFor('organisaties', row.id))}
          emptyMessage={t('organisations.empty')}
          busy={query.loading}
          rowTestId="organisation-row"
          columnVisibility={columnVisibility}
        />
      )}
      <div className="org-table-footer">
        {query.data && <Pager offset={offset} limit={PAGE_SIZE} total={query.data.total} onChange={setOffset} />}
      </div>
    </section>
  );
}
