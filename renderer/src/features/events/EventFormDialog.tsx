import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisplacedMeeting, EventDetail, EventSessionRow } from '../../../../electron/api/contract/events';
import { eventStatusValues, type EventStatus } from '../../../../electron/api/contract/event/lifecycle';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormDialog } from '../../components/form/FormDialog';
import { SelectField, TextField } from '../../components/form/TextField';
import { useSave } from '../../components/form/useSave';
import { NumberField } from './fields';
import { SessionsEditor } from './SessionsEditor';

type Draft = {
  name: string;
  date: string;
  location: string;
  platform: string;
  slotMinutes: number | null;
  changeoverMinutes: number | null;
  tables: number | null;
  maxParticipants: number | null;
  maxMeetingsPerParticipant: number | null;
  status: EventStatus;
  notes: string;
  sessions: EventSessionRow[];
};

function initial(event: EventDetail | undefined): Draft {
  if (event) {
    const {
      name,
      date,
      location,
      platform,
      slotMinutes,
      changeoverMinutes,
      tables,
      maxParticipants,
      maxMeetingsPerParticipant,
      status,
      notes,
      sessions,
    } = event;
    return {
      name,
      date,
      location,
      platform,
      slotMinutes,
      changeoverMinutes,
      tables,
      maxParticipants,
      maxMeetingsPerParticipant,
      status,
      notes,
      sessions,
    };
  }
  return {
    name: '',
    date: '',
    location: '',
    platform: '',
    slotMinutes: 12,
    changeoverMinutes: 3,
    tables: 10,
    maxParticipants: null,
    maxMeetingsPerParticipant: null,
    status: 'concept',
    notes: '',
    sessions: [{ name: 'Ochtend', start: '09:30', end: '12:00', breaks: [] }],
  };
}

const isStatus = (v: string): v is EventStatus => (eventStatusValues as readonly string[]).includes(v);

/** Create or edit an event: where and when, the sessions (and so the slots), tables and caps. */
export function EventFormDialog({ event, onClose }: { event?: EventDetail; onClose: (savedId?: number) => void }) {
  const { t } = useTranslation();
  const { save, busy, errors, error, formError, clearError, reset } = useSave();
  const [draft, setDraft] = useState<Draft>(() => initial(event));

  function set<K extends keyof Draft>(key: K, value: Draft[K]) {
    setDraft((d) => ({ ...d, [key]: value }));
    clearError(key);
  }

  // The server checks types too; sending NaN-free numbers lets its Dutch messages reach the fields.
  const payload = {
    ...draft,
    slotMinutes: draft.slotMinutes ?? 0,
    changeoverMinutes: draft.changeoverMinutes ?? 0,
    tables: draft.tables ?? 0,
  };

  async function submit(confirmUnschedule = false) {
    if (event) {
      const result = await save(
        'events.update',
        { ...payload, id: event.id, confirmUnschedule },
        t('events.form.saved', { name: draft.name }),
      );
      if (result) onClose(result.id);
      return;
    }
    const result = await save('events.create', payload, t('events.form.created', { name: draft.name }));
    if (result) onClose(result.id);
  }

  // A CONFLICT from update lists the meetings that would lose their slot: ask before going on.
  const conflictMeetings = error?.code === 'CONFLICT' ? (error.details?.meetings as DisplacedMeeting[] | undefined) : undefined;

  return (
    <>
      <FormDialog
        title={event ? t('events.form.editTitle', { name: event.name }) : t('events.form.newTitle')}
        busy={busy}
        formError={conflictMeetings ? null : formError}
        submitLabel={t('events.form.save')}
        onSubmit={() => void submit()}
        onClose={() => onClose()}
        wide
        testId="event-form"
      >
        <div className="form-grid">
          <TextField
            label={t('events.form.name')}
            required
            name="name"
            value={draft.name}
            onChange={(v) => set('name', v)}
            error={errors.name}
            className="span-2"
          />
          <TextField
            label={t('events.form.date')}
            required
            type="date"
            name="date"
            value={draft.date}
            onChange={(v) => set('date', v)}
            error={errors.date}
          />
          <SelectField
            label={t('events.form.status')}
            name="status"
            value={draft.status}
            onChange={(v) => {
              if (isStatus(v)) set('status', v);
            }}
            options={eventStatusValues.map((s) => ({ value: s, label: t(`events.status.${s}`) }))}
          />
          <TextField
            label={t('events.form.location')}
            name="location"
            value={draft.location}
            onChange={(v) => set('location', v)}
            error={errors.location}
          />
          <TextField
            label={t('events.form.platform')}
            name="platform"
            value={draft.platform}
            onChange={(v) => set('platform', v)}
            error={errors.platform}
            hint={t('events.form.platformHint')}
          />
          <div className="ev-number-row span-2">
            <NumberField
              label={t('events.form.slotMinutes')}
              field="slotMinutes"
              value={draft.slotMinutes}
              onChange={(v) => set('slotMinutes', v)}
              error={errors.slotMinutes}
              min={5}
              max={120}
              required
            />
            <NumberField
              label={t('events.form.changeoverMinutes')}
              field="changeoverMinutes"
              value={draft.changeoverMinutes}
              onChange={(v) => set('changeoverMinutes', v)}
              error={errors.changeoverMinutes}
              min={0}
              max={60}
              required
            />
            <NumberField
              label={t('events.form.tables')}
              field="tables"
              value={draft.tables}
              onChange={(v) => set('tables', v)}
              error={errors.tables}
              min={1}
              required
            />
            <NumberField
              label={t('events.form.maxParticipants')}
              field="maxParticipants"
              value={draft.maxParticipants}
              onChange={(v) => set('maxParticipants', v)}
              error={errors.maxParticipants}
              placeholder={t('events.form.noLimit')}
            />
            <NumberField
              label={t('events.form.maxMeetings')}
              field="maxMeetingsPerParticipant"
              value={draft.maxMeetingsPerParticipant}
              onChange={(v) => set('maxMeetingsPerParticipant', v)}
              error={errors.maxMeetingsPerParticipant}
              placeholder={t('events.form.noLimit')}
            />
          </div>
          <SessionsEditor
            sessions={draft.sessions}
            onChange={(v) => set('sessions', v)}
            slotMinutes={draft.slotMinutes ?? 0}
            changeoverMinutes={draft.changeoverMinutes ?? 0}
            issues={error?.details?.issues ?? []}
          />
          <TextField
            label={t('events.form.notes')}
            multiline
            name="notes"
            value={draft.notes}
            onChange={(v) => set('notes', v)}
            error={errors.notes}
            className="span-2"
          />
        </div>
      </FormDialog>
      <ConfirmDialog
        open={conflictMeetings !== undefined}
        title={t('events.form.confirmTitle')}
        confirmLabel={t('events.form.confirm')}
        busy={busy}
        onConfirm={() => void submit(true)}
        onCancel={reset}
      >
        <p>{t('events.form.confirmBody')}</p>
        <ul className="ev-displaced" data-testid="displaced-meetings">
          {(conflictMeetings ?? []).map((m) => (
            <li key={m.id}>{m.label}</li>
          ))}
        </ul>
      </ConfirmDialog>
    </>
  );
}
