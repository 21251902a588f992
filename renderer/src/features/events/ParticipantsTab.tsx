import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDetail, ParticipantRow } from '../../../../electron/api/contract/events';
import type { ParticipantSide } from '../../../../electron/api/contract/event/lifecycle';
import { DataTable } from '../../components/DataTable';
import { TableExportMenu } from '../../components/TableExportMenu';
import { FormDialog } from '../../components/form/FormDialog';
import { TextField } from '../../components/form/TextField';
import { useSave } from '../../components/form/useSave';
import { useApiQuery } from '../../hooks/useApiQuery';
import { AddParticipantDialog } from './AddParticipantDialog';
import { AvailabilityEditor } from './AvailabilityEditor';
import { useParticipantExport } from './eventExports';
import { NumberField } from './fields';
import { slotText } from './format';

function EditDialog({ event, row, onClose }: { event: EventDetail; row: ParticipantRow; onClose: () => void }) {
  const { t } = useTranslation();
  const { save, busy, errors, formError } = useSave();
  const [availability, setAvailability] = useState(row.availability);
  const [maxMeetings, setMaxMeetings] = useState(row.maxMeetings);
  const [notes, setNotes] = useState(row.notes);
  const first = event.sessions[0];
  return (
    <FormDialog
      title={t('events.participants.editTitle', { name: row.displayName })}
      busy={busy}
      formError={formError}
      submitLabel={t('events.form.save')}
      onSubmit={() =>
        void save('events.updateParticipant', { id: row.id, availability, maxMeetings, notes }).then((ok) => ok && onClose())
      }
      onClose={onClose}
      testId="participant-edit"
    >
      <div className="form-grid">
        <AvailabilityEditor
          value={availability}
          onChange={setAvailability}
          error={errors.availability}
          defaultWindow={{ start: first?.start ?? '09:00', end: first?.end ?? '12:00' }}
        />
        <NumberField
          label={t('events.participants.maxMeetings')}
          field="maxMeetings"
          value={maxMeetings}
          onChange={setMaxMeetings}
          error={errors.maxMeetings}
          min={1}
          placeholder={t('events.form.noLimit')}
        />
        <TextField label={t('events.participants.notes')} name="notes" value={notes} onChange={setNotes} error={errors.notes} />
      </div>
    </FormDialog>
  );
}

/** Registrations: who comes, on which side, when they are available and how many meetings they want. */
export function ParticipantsTab({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const [side, setSide] = useState<ParticipantSide | ''>('');
  const [adding, setAdding] = useState<ParticipantSide | null>(null);
  const [editing, setEditing] = useState<ParticipantRow | null>(null);
  const { save } = useSave({ reportErrors: 'all' });
  const list = useApiQuery('events.listParticipants', { eventId: event.id, side: side || undefined, offset: 0, limit: 500 });
  const exported = useParticipantExport(event, side);
  const columns = useMemo<ColumnDef<ParticipantRow>[]>(
    () => [
      {
        id: 'name',
        header: () => t('events.participants.columns.name'),
        meta: { width: 'minmax(13rem, 1.6fr)' },
        cell: ({ row }) => (
          <span className="cell-truncate">
            {row.original.displayName}
            {row.original.imported && <span className="badge ev-badge-gap">{t('events.participants.imported')}</span>}
          </span>
        ),
      },
      {
        id: 'side',
        header: () => t('events.participants.columns.side'),
        meta: { width: '9.5rem' },
        cell: ({ row }) => t(`events.participants.side.${row.original.side}`),
      },
      {
        id: 'detail',
        header: () => t('events.participants.columns.detail'),
        meta: { width: 'minmax(10rem, 1.3fr)' },
        cell: ({ row }) => <span className="cell-truncate muted">{row.original.detail || '—'}</span>,
      },
      {
        id: 'need',
        header: () => t('events.participants.columns.need'),
        meta: { width: 'minmax(10rem, 1.3fr)' },
        cell: ({ row }) => <span className="cell-truncate">{row.original.needTitle ?? '—'}</span>,
      },
      {
        id: 'availability',
        header: () => t('events.participants.columns.availability'),
        meta: { width: 'minmax(8rem, 1fr)' },
        cell: ({ row }) => (
          <span className="cell-truncate">
            {row.original.availability === null
              ? t('events.participants.whole')
              : row.original.availability.map(slotText).join(', ')}
          </span>
        ),
      },
      {
        id: 'cap',
        header: () => t('events.participants.columns.cap'),
        meta: { width: '4.5rem', align: 'end' },
        cell: ({ row }) => row.original.maxMeetings ?? event.maxMeetingsPerParticipant ?? '—',
      },
      {
        id: 'requests',
        header: () => t('events.participants.columns.requests'),
        meta: { width: '6.5rem', align: 'end' },
        cell: ({ row }) => row.original.requests,
      },
      {
        id: 'scheduled',
        header: () => t('events.participants.columns.scheduled'),
        meta: { width: '6.5rem', align: 'end' },
        cell: ({ row }) => row.original.scheduled,
      },
      {
        id: 'status',
        header: () => t('events.participants.columns.status'),
        meta: { width: '14rem' },
        cell: ({ row }) => {
          const cancelled = row.original.status === 'geannuleerd';
          return (
            <span className="ev-row-actions">
              {cancelled && <span className="badge badge-warning">{t('events.participants.cancelled')}</span>}
              <button
                type="button"
                className="button button-small"
                onClick={(e) => {
                  e.stopPropagation();
                  void save(
                    'events.setParticipantStatus',
                    { id: row.original.id, cancelled: !cancelled },
                    cancelled ? undefined : t('events.participants.cancelledNotice', { name: row.original.displayName }),
                  );
                }}
              >
                {cancelled ? t('events.participants.reinstate') : t('events.participants.cancel')}
              </button>
            </span>
          );
        },
      },
    ],
    [t, save, event.maxMeetingsPerParticipant],
  );
  return (
    <section className="ev-tab" data-testid="participants-tab">
      <div className="ev-toolbar">
        <div className="ev-segmented" role="group" aria-label={t('events.participants.columns.side')}>
          {(['', 'onderneming', 'academicus'] as const).map((s) => (
            <button
              key={s || 'all'}
              type="button"
              className="button button-small"
              aria-pressed={side === s}
              onClick={() => setSide(s)}
            >
              {t(`events.participants.sides.${s || 'all'}`)}
            </button>
          ))}
        </div>
        <span className="ev-spacer" />
        <TableExportMenu source={exported.source} columns={exported.columns} />
        <button type="button" className="button" onClick={() => setAdding('onderneming')} data-testid="add-enterprise">
          {t('events.participants.addEnterprise')}
        </button>
        <button type="button" className="button" onClick={() => setAdding('academicus')} data-testid="add-academic">
          {t('events.participants.addAcademic')}
        </button>
      </div>
      <div className="ev-table">
        <DataTable
          data={list.data?.rows ?? []}
          columns={columns.map((c) => ({ ...c, enableSorting: false }))}
          getRowId={(r) => String(r.id)}
          label={t('events.participants.tableLabel')}
          sorting={[]}
          onSortingChange={() => undefined}
          onRowActivate={setEditing}
          emptyMessage={t('events.participants.empty')}
          busy={list.loading}
          rowTestId="participant-row"
        />
      </div>
      {adding && <AddParticipantDialog event={event} side={adding} onClose={() => setAdding(null)} />}
      {editing && <EditDialog event={event} row={editing} onClose={() => setEditing(null)} />}
    </section>
  );
}
