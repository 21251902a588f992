import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingRow } from '../../../../electron/api/contract/events';
import { meetingPriorityValues, type MeetingPriority } from '../../../../electron/api/contract/event/lifecycle';
import { FormDialog } from '../../components/form/FormDialog';
import { SelectField } from '../../components/form/TextField';
import { useSave } from '../../components/form/useSave';
import { useApiQuery } from '../../hooks/useApiQuery';

const isPriority = (v: string): v is MeetingPriority => (meetingPriorityValues as readonly string[]).includes(v);
const openStatuses = new Set(['gevraagd', 'aanvaard', 'ingepland', 'gehouden', 'niet_opgedaagd']);

/**
 * Priority (must / graag / mag), mutual, and "must take place before" another meeting of the
 * event. The service refuses a precedence that makes a cycle or contradicts locked meetings; the
 * message then stands at the field.
 */
export function RequestEditDialog({ eventId, meeting, onClose }: { eventId: number; meeting: MeetingRow; onClose: () => void }) {
  const { t } = useTranslation();
  const { save, busy, errors, formError, clearError } = useSave();
  // All meetings of the event, whatever the list's filter, to choose the one that comes after.
  const list = useApiQuery('events.listMeetings', { eventId, offset: 0, limit: 500 });
  const meetings = list.data?.rows ?? [];
  const [priority, setPriority] = useState<MeetingPriority>(meeting.priority);
  const [mutual, setMutual] = useState(meeting.mutual);
  const [before, setBefore] = useState(meeting.beforeMeetingId === null ? '' : String(meeting.beforeMeetingId));
  const pair = (m: MeetingRow) => t('events.edit.pair', { enterprise: m.enterpriseName, academic: m.academicName });
  const others = meetings.filter((m) => m.id !== meeting.id && (openStatuses.has(m.status) || m.id === meeting.beforeMeetingId));
  return (
    <FormDialog
      title={t('events.edit.title')}
      busy={busy}
      formError={formError}
      submitLabel={t('events.edit.save')}
      onSubmit={() =>
        void save(
          'events.updateRequest',
          { id: meeting.id, priority, mutual, beforeMeetingId: before === '' ? null : Number(before) },
          t('events.edit.saved'),
        ).then((ok) => ok && onClose())
      }
      onClose={onClose}
      testId="request-edit-form"
    >
      <p className="ev-edit-pair">
        <strong>{pair(meeting)}</strong> · <span className="muted">{t(`events.meetings.statuses.${meeting.status}`)}</span>
      </p>
      <div className="form-grid">
        <SelectField
          label={t('events.edit.priority')}
          name="priority"
          value={priority}
          onChange={(v) => {
            if (isPriority(v)) setPriority(v);
            clearError('priority');
          }}
          error={errors.priority}
          options={meetingPriorityValues.map((p) => ({ value: p, label: t(`events.meetings.priority.${p}`) }))}
        />
        <label className="field-inline ev-check" data-field="mutual">
          <input type="checkbox" checked={mutual} onChange={(e) => setMutual(e.target.checked)} />
          {t('events.edit.mutual')}
        </label>
        {mutual && !meeting.mutual && meeting.status === 'gevraagd' && (
          <p className="muted small span-2">{t('events.edit.mutualAccepts')}</p>
        )}
        <SelectField
          label={t('events.edit.before')}
          name="beforeMeetingId"
          value={before}
          onChange={(v) => {
            setBefore(v);
            clearError('beforeMeetingId');
          }}
          error={errors.beforeMeetingId}
          options={[
            { value: '', label: t('events.edit.beforeNone') },
            ...others.map((m) => ({ value: String(m.id), label: pair(m) })),
          ]}
          className="span-2"
        />
        <p className="muted small span-2">{t('events.edit.beforeHint')}</p>
      </div>
    </FormDialog>
  );
}
