import type { ColumnDef } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDetail, MeetingRow } from '../../../../electron/api/contract/events';
import { meetingStatusValues, type MeetingStatus } from '../../../../electron/api/contract/event/lifecycle';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable } from '../../components/DataTable';
import { TableExportMenu } from '../../components/TableExportMenu';
import { useSave } from '../../components/form/useSave';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useMeetingExport } from './eventExports';
import { slotText } from './format';
import { RequestDialog } from './RequestDialog';
import { RequestEditDialog } from './RequestEditDialog';
import { usePrintGuard } from './usePrintGuard';
import { SuggestionsPanel } from './SuggestionsPanel';

const isStatus = (v: string): v is MeetingStatus => (meetingStatusValues as readonly string[]).includes(v);

/** Requests and meetings: accept or decline on behalf of the other side, cancel, and suggestions. */
export function MeetingsTab({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<MeetingStatus | ''>('');
  const [creating, setCreating] = useState(false);
  const [declining, setDeclining] = useState<MeetingRow | null>(null);
  const [reason, setReason] = useState('');
  const [editing, setEditing] = useState<MeetingRow | null>(null);
  const guard = usePrintGuard();
  const { save, busy } = useSave({ reportErrors: 'all' });
  const list = useApiQuery('events.listMeetings', { eventId: event.id, status: status || undefined, offset: 0, limit: 500 });
  const exported = useMeetingExport(event, status);
  const rows = useMemo(() => list.data?.rows ?? [], [list.data]);
  const pairById = useMemo(() => new Map(rows.map((r) => [r.id, `${r.enterpriseName} – ${r.academicName}`])), [rows]);

  const { check } = guard;
  const cancel = useCallback(
    async (m: MeetingRow) => {
      // On the printed agendas: say whom to tell first.
      if (!(await check(m.id, null, 'cancel', `${m.enterpriseName} – ${m.academicName}`))) return;
      await save('events.cancelMeeting', { id: m.id }, t('events.meetings.cancelledNotice'));
    },
    [check, save, t],
  );

  const columns = useMemo<ColumnDef<MeetingRow>[]>(
    () => [
      {
        id: 'enterprise',
        header: () => t('events.meetings.columns.enterprise'),
        meta: { width: 'minmax(11rem, 1.4fr)' },
        cell: ({ row }) => <span className="cell-truncate">{row.original.enterpriseName}</span>,
      },
      {
        id: 'academic',
        header: () => t('events.meetings.columns.academic'),
        meta: { width: 'minmax(10rem, 1.2fr)' },
        cell: ({ row }) => <span className="cell-truncate">{row.original.academicName}</span>,
      },
      {
        id: 'asked',
        header: () => t('events.meetings.columns.asked'),
        meta: { width: 'minmax(8.5rem, 0.8fr)' },
        cell: ({ row }) => (
          <span className="cell-truncate muted">
            {row.original.mutual ? t('events.meetings.mutual') : row.original.requesterName}
          </span>
        ),
      },
      {
        id: 'priority',
        header: () => t('events.meetings.columns.priority'),
        meta: { width: '6.5rem' },
        cell: ({ row }) => {
          const next = row.original.beforeMeetingId;
          const label = next === null ? '' : t('events.edit.beforeBadge', { pair: pairById.get(next) ?? `#${next}` });
          return (
            <span className={`ev-priority ev-priority-${row.original.priority}`}>
              {t(`events.meetings.priority.${row.original.priority}`)}
              {next !== null && (
                <span className="ev-before-mark" title={label} aria-label={label} data-testid="meeting-before">
                  {' '}
                  ↦
                </span>
              )}
            </span>
          );
        },
      },
      {
        id: 'status',
        header: () => t('events.meetings.columns.status'),
        meta: { width: '9.5rem' },
        cell: ({ row }) => (
          <span className={`badge ev-status-${row.original.status}`}>
            {t(`events.meetings.statuses.${row.original.status}`)}
            {row.original.locked ? ` · ${t('events.meetings.locked').toLowerCase()}` : ''}
          </span>
        ),
      },
      {
        id: 'slot',
        header: () => t('events.meetings.columns.slot'),
        meta: { width: '8.5rem' },
        cell: ({ row }) => (row.original.slotIndex === null ? '—' : slotText(event.slots[row.original.slotIndex])),
      },
      {
        id: 'table',
        header: () => t('events.meetings.columns.table'),
        meta: { width: '4.5rem', align: 'end' },
        cell: ({ row }) => row.original.tableNumber ?? '—',
      },
      {
        id: 'actions',
        header: () => t('events.meetings.columns.actions'),
        meta: { width: '16rem' },
        cell: ({ row }) => {
          const m = row.original;
          const open = m.status === 'gevraagd' || m.status === 'aanvaard' || m.status === 'ingepland';
          return (
            <span className="ev-row-actions">
              {open && (
                <button
                  type="button"
                  className="button button-small"
                  disabled={busy}
                  aria-label={t('events.edit.buttonLabel', { pair: `${m.enterpriseName} – ${m.academicName}` })}
                  data-testid="meeting-edit"
                  onClick={(e) => {
                    e.stopPropagation();
                    setEditing(m);
                  }}
                >
                  {t('events.edit.button')}
                </button>
              )}
              {m.status === 'gevraagd' && (
                <button
                  type="button"
                  className="button button-small button-primary"
                  disabled={busy}
                  data-testid="meeting-accept"
                  onClick={(e) => {
                    e.stopPropagation();
                    void save('events.respondRequest', { id: m.id, accept: true }, t('events.meetings.accepted'));
                  }}
                >
                  {t('events.meetings.accept')}
                </button>
              )}
              {(m.status === 'gevraagd' || m.status === 'aanvaard') && (
                <button
                  type="button"
                  className="button button-small"
                  disabled={busy}
                  onClick={(e) => {
                    e.stopPropagation();
                    setReason('');
                    setDeclining(m);
                  }}
                >
                  {t('events.meetings.decline')}
                </button>
              )}
              {open && m.status !== 'gevraagd' && (
                <button
                  type="button"
                  className="button button-small"
                  disabled={busy}
                  onClick={(e) => {
                    e.stopPropagation();
                    void cancel(m);
                  }}
                >
                  {t('events.meetings.cancel')}
                </button>
              )}
            </span>
          );
        },
      },
    ],
    [t, save, busy, event.slots, pairById, cancel],
  );
  return (
    <div className="ev-tab ev-meetings" data-testid="meetings-tab">
      <div className="ev-toolbar">
        <label className="field-inline">
          <span className="field-label">{t('events.meetings.filter')}</span>
          <select className="input" value={status} onChange={(e) => setStatus(isStatus(e.target.value) ? e.target.value : '')}>
            <option value="">{t('events.meetings.all')}</option>
            {meetingStatusValues.map((s) => (
              <option key={s} value={s}>
                {t(`events.meetings.statuses.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="ev-spacer" />
        <TableExportMenu source={exported.source} columns={exported.columns} />
        <button type="button" className="button button-primary" onClick={() => setCreating(true)} data-testid="request-new">
          {t('events.meetings.new')}
        </button>
      </div>
      <div className="ev-table">
        <DataTable
          data={rows}
          columns={columns.map((c) => ({ ...c, enableSorting: false }))}
          getRowId={(r) => String(r.id)}
          label={t('events.meetings.tableLabel')}
          sorting={[]}
          onSortingChange={() => undefined}
          emptyMessage={t('events.meetings.empty')}
          busy={list.loading}
          rowTestId="meeting-row"
        />
      </div>
      <SuggestionsPanel eventId={event.id} />
      {creating && <RequestDialog event={event} onClose={() => setCreating(false)} />}
      {editing && <RequestEditDialog eventId={event.id} meeting={editing} onClose={() => setEditing(null)} />}
      {guard.dialog}
      <ConfirmDialog
        open={declining !== null}
        title={t('events.meetings.declineTitle')}
        confirmLabel={t('events.meetings.decline')}
        busy={busy}
        onCancel={() => setDeclining(null)}
        onConfirm={() => {
          if (!declining) return;
          void save('events.respondRequest', { id: declining.id, accept: false, reason }, t('events.meetings.declined')).then(
            () => setDeclining(null),
          );
        }}
      >
        <p>
          {t('events.meetings.declineBody', { pair: declining ? `${declining.enterpriseName} – ${declining.academicName}` : '' })}
        </p>
        <label className="field">
          <span className="field-label">{t('events.meetings.reason')}</span>
          <input className="input ev-wide-input" value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
      </ConfirmDialog>
    </div>
  );
}
