import type { ColumnDef, SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf, TrajectRow, TrajectType } from '../../../../../electron/api/contract';
import { trajectStatusValues, trajectTypeValues } from '../../../../../electron/api/contract/dossier/lifecycle';
import { hrefFor, navigate } from '../../../app/routes';
import { DataTable } from '../../../components/DataTable';
import { PageHeader } from '../../../components/PageHeader';
import { TableExportMenu } from '../../../components/TableExportMenu';
import { toolbarColumns } from '../../../components/TableToolbar';
import { exportLabels } from '../../../components/tableExportColumns';
import { formatDate } from '../../../format';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { DossierNav } from '../shared/DossierNav';
import { formatCalendarDate } from '../shared/format';

type SortColumn = 'title' | 'type' | 'status' | 'startDate' | 'needCount' | 'updatedAt';
const sortable: Record<SortColumn, true> = {
  title: true,
  type: true,
  status: true,
  startDate: true,
  needCount: true,
  updatedAt: true,
};
const isSortColumn = (id: string): id is SortColumn => Object.hasOwn(sortable, id);

function useTrajectColumns(): ColumnDef<TrajectRow>[] {
  const { t } = useTranslation();
  return useMemo<ColumnDef<TrajectRow>[]>(
    () => [
      {
        id: 'title',
        accessorKey: 'title',
        header: () => t('dossiers.traject.columns.title'),
        meta: { width: 'minmax(16rem, 2.4fr)' },
        cell: ({ row }) => <span className="cell-truncate">{row.original.title}</span>,
      },
      {
        id: 'type',
        accessorKey: 'type',
        header: () => t('dossiers.traject.columns.type'),
        meta: {
          width: 'minmax(11rem, 1.2fr)',
          export: { labels: exportLabels(trajectTypeValues, (v) => t(`dossiers.traject.types.${v}`)) },
        },
        cell: ({ row }) => t(`dossiers.traject.types.${row.original.type}`),
      },
      {
        id: 'status',
        accessorKey: 'status',
        header: () => t('dossiers.traject.columns.status'),
        meta: {
          width: 'minmax(7rem, 0.7fr)',
          export: { labels: exportLabels(trajectStatusValues, (v) => t(`dossiers.traject.statuses.${v}`)) },
        },
        cell: ({ row }) => t(`dossiers.traject.statuses.${row.original.status}`),
      },
      {
        id: 'needCount',
        accessorKey: 'needCount',
        header: () => t('dossiers.traject.columns.needCount'),
        meta: { width: 'minmax(7rem, 0.6fr)', align: 'end' },
        sortDescFirst: true,
      },
      {
        id: 'colleges',
        header: () => t('dossiers.traject.columns.colleges'),
        enableSorting: false,
        meta: { width: 'minmax(9rem, 1.2fr)', export: { type: 'list' } },
        cell: ({ row }) => <span className="cell-truncate muted">{row.original.colleges.join(', ') || '—'}</span>,
      },
      {
        id: 'startDate',
        accessorKey: 'startDate',
        header: () => t('dossiers.traject.columns.startDate'),
        meta: { width: 'minmax(7rem, 0.7fr)', export: { type: 'date' } },
        cell: ({ row }) => formatCalendarDate(row.original.startDate),
      },
      {
        id: 'updatedAt',
        accessorKey: 'updatedAt',
        header: () => t('dossiers.traject.columns.updatedAt'),
        meta: { width: 'minmax(7.5rem, 0.7fr)', export: { type: 'instantDate' } },
        sortDescFirst: true,
        cell: ({ row }) => formatDate(row.original.updatedAt),
      },
    ],
    [t],
  );
}

/** `#/dossiers/trajecten` */
export function TrajectListPage() {
  const { t } = useTranslation();
  const columns = useTrajectColumns();
  const [text, setText] = useState('');
  const [type, setType] = useState<TrajectType | ''>('');
  const [sorting, setSorting] = useState<SortingState>([{ id: 'updatedAt', desc: true }]);
  const search = useDebouncedValue(text.trim(), 200);
  const first = sorting[0];
  const listInput: InputOf<'trajects.list'> = {
    search: search || undefined,
    type: type || undefined,
    sort: first && isSortColumn(first.id) ? { column: first.id, direction: first.desc ? 'desc' : 'asc' } : undefined,
  };
  const trajects = useApiQuery('trajects.list', { ...listInput, limit: 500 });
  const exportable = useMemo(() => toolbarColumns(columns, (id) => t(`dossiers.traject.columns.${id}`), ''), [columns, t]);
  return (
    <div className="page page-fill">
      <PageHeader title={t('dossiers.traject.listTitle')} subtitle={t('dossiers.traject.listSubtitle')} />
      <DossierNav current="trajects" />
      <section className="table-section">
        <div className="dossier-filter-bar">
          <label className="dossier-filter dossier-filter-search">
            <span className="dossier-filter-label">{t('dossiers.list.search')}</span>
            <input type="search" className="input" value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <label className="dossier-filter">
            <span className="dossier-filter-label">{t('dossiers.traject.columns.type')}</span>
            <select className="input" value={type} onChange={(e) => setType(e.target.value as TrajectType | '')}>
              <option value="">{t('dossiers.traject.allTypes')}</option>
              {trajectTypeValues.map((v) => (
                <option key={v} value={v}>
                  {t(`dossiers.traject.types.${v}`)}
                </option>
              ))}
            </select>
          </label>
          <span className="toolbar-spacer" />
          <TableExportMenu
            source={{ method: 'trajects.list', input: listInput, fileName: t('tableExport.fileNames.trajects') }}
            columns={exportable}
          />
        </div>
        <DataTable
          data={trajects.data?.rows ?? []}
          columns={columns}
          getRowId={(row) => String(row.id)}
          label={t('dossiers.traject.listLabel')}
          sorting={sorting}
          onSortingChange={setSorting}
          onRowActivate={(row) => navigate(hrefFor('dossiers', 'trajecten', row.id))}
          emptyMessage={t('dossiers.traject.listEmpty')}
          busy={trajects.loading}
          rowTestId="traject-row"
        />
      </section>
    </div>
  );
}
