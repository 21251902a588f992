import type { ColumnDef, SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../electron/api/contract';
import type { EventRow } from '../../../../electron/api/contract/events';
import { hrefFor, navigate } from '../../app/routes';
import { DataTable } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { TableExportMenu } from '../../components/TableExportMenu';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { EventFormDialog } from './EventFormDialog';
import { useEventListExport } from './eventExports';
import { formatDay } from './format';

type SortColumn = 'date' | 'name' | 'participants' | 'meetings';
const isSortColumn = (id: string): id is SortColumn => ['date', 'name', 'participants', 'meetings'].includes(id);

function useColumns(): ColumnDef<EventRow>[] {
  const { t } = useTranslation();
  return useMemo<ColumnDef<EventRow>[]>(
    () => [
      {
        id: 'date',
        accessorKey: 'date',
        header: () => t('events.list.columns.date'),
        meta: { width: '8rem' },
        sortDescFirst: true,
        cell: ({ row }) => formatDay(row.original.date),
      },
      {
        id: 'name',
        accessorKey: 'name',
        header: () => t('events.list.columns.name'),
        meta: { width: 'minmax(16rem, 2.5fr)' },
        cell: ({ row }) => <span className="cell-truncate">{row.original.name}</span>,
      },
      {
        id: 'place',
        header: () => t('events.list.columns.place'),
        enableSorting: false,
        meta: { width: 'minmax(12rem, 1.8fr)' },
        cell: ({ row }) => (
          <span className="cell-truncate muted">
            {[row.original.location, row.original.platform].filter(Boolean).join(' · ') || '—'}
          </span>
        ),
      },
      {
        id: 'participants',
        accessorKey: 'participants',
        header: () => t('events.list.columns.participants'),
        meta: { width: '8rem', align: 'end' },
        sortDescFirst: true,
      },
      {
        id: 'meetings',
        accessorKey: 'meetings',
        header: () => t('events.list.columns.meetings'),
        meta: { width: '8rem', align: 'end' },
        sortDescFirst: true,
      },
      {
        id: 'scheduled',
        accessorKey: 'scheduled',
        header: () => t('events.list.columns.scheduled'),
        enableSorting: false,
        meta: { width: '8rem', align: 'end' },
      },
      {
        id: 'status',
        header: () => t('events.list.columns.status'),
        enableSorting: false,
        meta: { width: 'minmax(13rem, 1.2fr)' },
        cell: ({ row }) => <span className="badge">{t(`events.status.${row.original.status}`)}</span>,
      },
    ],
    [t],
  );
}

/** `#/events`: every matchmaking event, newest first. */
export function EventListPage() {
  const { t } = useTranslation();
  const columns = useColumns();
  const [text, setText] = useState('');
  const [creating, setCreating] = useState(false);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'date', desc: true }]);
  const search = useDebouncedValue(text.trim(), 200);
  const first = sorting[0];
  const listInput: InputOf<'events.list'> = {
    search: search || undefined,
    sort: first && isSortColumn(first.id) ? { column: first.id, direction: first.desc ? 'desc' : 'asc' } : undefined,
  };
  const list = useApiQuery('events.list', { ...listInput, offset: 0, limit: 500 });
  const exported = useEventListExport(listInput);
  return (
    <div className="page page-fill" data-testid="events-list">
      <PageHeader
        title={t('events.list.title')}
        subtitle={t('events.list.subtitle')}
        actions={
          <button type="button" className="button button-primary" onClick={() => setCreating(true)} data-testid="event-new">
            {t('events.list.new')}
          </button>
        }
      />
      <section className="table-section">
        <div className="ev-toolbar">
          <label className="field-inline">
            <span className="field-label">{t('events.list.search')}</span>
            <input type="search" className="input" value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <span className="ev-spacer" />
          <TableExportMenu source={exported.source} columns={exported.columns} />
        </div>
        <DataTable
          data={list.data?.rows ?? []}
          columns={columns}
          getRowId={(r) => String(r.id)}
          label={t('events.list.title')}
          sorting={sorting}
          onSortingChange={setSorting}
          onRowActivate={(r) => navigate(hrefFor('events', r.id))}
          emptyMessage={t('events.list.empty')}
          busy={list.loading}
          rowTestId="event-row"
        />
      </section>
      {creating && (
        <EventFormDialog
          onClose={(id) => {
            setCreating(false);
            if (id) navigate(hrefFor('events', id));
          }}
        />
      )}
    </div>
  );
}
