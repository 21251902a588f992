import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDetail } from '../../../../electron/api/contract/events';
import { meetingPriorityValues, type MeetingPriority } from '../../../../electron/api/contract/event/lifecycle';
import { FormDialog } from '../../components/form/FormDialog';
import { SelectField } from '../../components/form/TextField';
import { useSave } from '../../components/form/useSave';
import { useApiQuery } from '../../hooks/useApiQuery';

const isPriority = (v: string): v is MeetingPriority => (meetingPriorityValues as readonly string[]).includes(v);

/** A meeting request between an enterprise and an academic, with its priority. */
export function RequestDialog({ event, onClose }: { event: EventDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { save, busy, errors, formError, clearError } = useSave();
  const people = useApiQuery('events.listParticipants', { eventId: event.id, offset: 0, limit: 500 });
  const [requesterId, setRequesterId] = useState('');
  const [targetId, setTargetId] = useState('');
  const [priority, setPriority] = useState<MeetingPriority>('graag');
  const [mutual, setMutual] = useState(false);
  const options = [
    { value: '', label: t('events.meetings.choose') },
    ...(people.data?.rows ?? [])
      .filter((p) => p.status === 'ingeschreven')
      .map((p) => ({ value: String(p.id), label: `${p.displayName} (${t(`events.participants.side.${p.side}`)})` })),
  ];
  return (
    <FormDialog
      title={t('events.meetings.dialogTitle')}
      busy={busy}
      formError={formError}
      submitLabel={t('events.meetings.create')}
      onSubmit={() =>
        void save(
          'events.createRequest',
          { eventId: event.id, requesterId: Number(requesterId), targetId: Number(targetId), priority, mutual },
          t('events.meetings.created'),
        ).then((ok) => ok && onClose())
      }
      onClose={onClose}
      testId="request-form"
    >
      <div className="form-grid">
        <SelectField
          label={t('events.meetings.requester')}
          name="requesterId"
          required
          value={requesterId}
          onChange={(v) => {
            setRequesterId(v);
            clearError('requesterId');
          }}
          error={errors.requesterId}
          options={options}
          className="span-2"
        />
        <SelectField
          label={t('events.meetings.target')}
          name="targetId"
          required
          value={targetId}
          onChange={(v) => {
            setTargetId(v);
            clearError('targetId');
          }}
          error={errors.targetId}
          options={options}
          className="span-2"
        />
        <SelectField
          label={t('events.meetings.columns.priority')}
          name="priority"
          value={priority}
          onChange={(v) => {
            if (isPriority(v)) setPriority(v);
          }}
          options={meetingPriorityValues.map((p) => ({ value: p, label: t(`events.meetings.priority.${p}`) }))}
        />
        <label className="field-inline ev-check">
          <input type="checkbox" checked={mutual} onChange={(e) => setMutual(e.target.checked)} />
          {t('events.meetings.mutualLabel')}
        </label>
      </div>
    </FormDialog>
  );
}
