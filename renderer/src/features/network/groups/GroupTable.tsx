import type { SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Capacity } from '../../../../../electron/api/contract';
import { hrefFor, navigate } from '../../../app/routes';
import { DataTable } from '../../../components/DataTable';
import { LoadState } from '../../../components/LoadState';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { capacities, isCapacity, useColleges, useThemes } from '../lookups';
import { Pager } from '../../../components/Pager';
import { sortFrom } from '../sort';
import { GroupFormDialog } from './GroupFormDialog';
import { useGroupColumns } from './useGroupColumns';
import { TableExportMenu } from '../../../components/TableExportMenu';
import { useGroupExportColumns } from './useGroupExportColumns';

const PAGE = 100;
const sortable = ['name', 'college', 'capacity', 'expertCount'] as const;

/** The Expertisegroepen tab: all groups across the colleges, by theme and capacity. */
export function GroupTable() {
  const { t } = useTranslation();
  const { themes, nameOf, themeName } = useThemes();
  const colleges = useColleges();
  const columns = useGroupColumns(nameOf);
  const [search, setSearch] = useState('');
  const [themeId, setThemeId] = useState<number | undefined>();
  const [capacity, setCapacity] = useState<Capacity | undefined>();
  const [collegeId, setCollegeId] = useState<number | undefined>();
  const [showInactive, setShowInactive] = useState(false);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  const [offset, setOffset] = useState(0);
  const [creating, setCreating] = useState(false);
  const debounced = useDebouncedValue(search.trim(), 200);
  const listInput = {
    search: debounced === '' ? undefined : debounced,
    filters: { themeId, capacity, collegeId, active: showInactive ? undefined : true },
    sort: sortFrom(sorting, sortable),
  };
  const groups = useApiQuery('network.listGroups', { ...listInput, offset, limit: PAGE });
  const themeNames = useMemo(() => themes.map((theme) => ({ id: theme.id, name: nameOf(theme.id) })), [themes, nameOf]);
  const exportable = useGroupExportColumns(columns, themeNames);
  const page = groups.data;
  const reset = () => setOffset(0);

  return (
    <section className="table-section" aria-labelledby="groups-heading">
      <h2 id="groups-heading" className="visually-hidden">
        {t('networkEdit.group.tableLabel')}
      </h2>
      <div className="toolbar">
        <input
          type="search"
          className="input toolbar-search"
          value={search}
          placeholder={t('networkEdit.group.searchPlaceholder')}
          aria-label={t('network.filterLabel')}
          onChange={(e) => {
            setSearch(e.target.value);
            reset();
          }}
          data-testid="group-search"
        />
        <select
          className="input filter-select"
          aria-label={t('networkEdit.group.themes')}
          value={themeId ?? ''}
          onChange={(e) => {
            setThemeId(e.target.value === '' ? undefined : Number(e.target.value));
            reset();
          }}
          data-testid="group-theme-filter"
        >
          <option value="">{t('networkEdit.filters.allThemes')}</option>
          {themes
            .filter((th) => th.active)
            .map((th) => (
              <option key={th.id} value={th.id}>
                {themeName(th)}
              </option>
            ))}
        </select>
        <select
          className="input filter-select"
          aria-label={t('networkEdit.group.capacity')}
          value={capacity ?? ''}
          onChange={(e) => {
            setCapacity(isCapacity(e.target.value) ? e.target.value : undefined);
            reset();
          }}
          data-testid="group-capacity-filter"
        >
          <option value="">{t('networkEdit.filters.allCapacities')}</option>
          {capacities.map((c) => (
            <option key={c} value={c}>
              {t(`networkEdit.capacity.${c}`)}
            </option>
          ))}
        </select>
        <select
          className="input filter-select"
          aria-label={t('networkEdit.group.college')}
          value={collegeId ?? ''}
          onChange={(e) => {
            setCollegeId(e.target.value === '' ? undefined : Number(e.target.value));
            reset();
          }}
        >
          <option value="">{t('networkEdit.filters.allColleges')}</option>
          {colleges.map((c) => (
            <option key={c.id} value={c.id}>
              {c.shortName}
            </option>
          ))}
        </select>
        <label className="field-inline small">
          <input
            type="checkbox"
            checked={showInactive}
            onChange={(e) => {
              setShowInactive(e.target.checked);
              reset();
            }}
          />
          {t('networkEdit.filters.showInactive')}
        </label>
        <span className="toolbar-end">
          <span className="row-count" aria-live="polite" data-testid="group-count">
            {page ? t('networkEdit.group.count', { count: page.total }) : t('common.loading')}
          </span>
          <TableExportMenu
            source={{ method: 'network.listGroups', input: listInput, fileName: t('tableExport.fileNames.groups') }}
            columns={exportable}
          />
          <button type="button" className="button button-primary" onClick={() => setCreating(true)} data-testid="group-new">
            {t('networkEdit.group.new')}
          </button>
        </span>
      </div>
      {groups.error && !page ? (
        <LoadState error={groups.error} onRetry={groups.reload} />
      ) : (
        <DataTable
          data={page?.rows ?? []}
          columns={columns}
          getRowId={(row) => String(row.id)}
          label={t('networkEdit.group.tableLabel')}
          sorting={sorting}
          onSortingChange={(s) => {
            setSorting(s);
            reset();
          }}
          onRowActivate={(row) => navigate(hrefFor('netwerk', 'groepen', row.id))}
          emptyMessage={t('networkEdit.group.empty')}
          busy={groups.loading}
          rowTestId="group-row"
        />
      )}
      {page && <Pager offset={offset} limit={PAGE} total={page.total} onChange={setOffset} hideWhenSinglePage />}
      {creating && (
        <GroupFormDialog
          onClose={(id) => {
            setCreating(false);
            if (id) navigate(hrefFor('netwerk', 'groepen', id));
          }}
        />
      )}
    </section>
  );
}
