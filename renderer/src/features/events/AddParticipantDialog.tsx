import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidateRow, EventDetail } from '../../../../electron/api/contract/events';
import type { ParticipantSide } from '../../../../electron/api/contract/event/lifecycle';
import { FormDialog } from '../../components/form/FormDialog';
import { SelectField, TextField } from '../../components/form/TextField';
import { useSave } from '../../components/form/useSave';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { AvailabilityEditor } from './AvailabilityEditor';
import { NumberField } from './fields';

type Window = { start: string; end: string };

/** Registers an existing organisation contact (+ need) or an existing expert (+ group). */
export function AddParticipantDialog({
  event,
  side,
  onClose,
}: {
  event: EventDetail;
  side: ParticipantSide;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { save, busy, errors, formError, clearError, setErrors } = useSave();
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim(), 200);
  const results = useApiQuery('events.searchCandidates', { eventId: event.id, side, search });
  const [picked, setPicked] = useState<CandidateRow | null>(null);
  const [contactId, setContactId] = useState('');
  const [needId, setNeedId] = useState('');
  const [groupId, setGroupId] = useState('');
  const [availability, setAvailability] = useState<Window[] | null>(null);
  const [maxMeetings, setMaxMeetings] = useState<number | null>(null);
  const [notes, setNotes] = useState('');
  const enterprise = side === 'onderneming';
  const first = event.sessions[0];

  function pick(row: CandidateRow) {
    setPicked(row);
    clearError(enterprise ? 'organisationId' : 'expertId');
    const contact = row.contacts.find((c) => !c.registered) ?? row.contacts[0];
    setContactId(contact ? String(contact.id) : '');
    setNeedId(row.needs[0] ? String(row.needs[0].id) : '');
    setGroupId(row.groups[0] ? String(row.groups[0].id) : '');
  }

  async function submit() {
    if (!picked) {
      setErrors({ [enterprise ? 'organisationId' : 'expertId']: t('events.participants.pick') });
      return;
    }
    const common = { eventId: event.id, availability, maxMeetings, notes };
    const ok = enterprise
      ? await save(
          'events.addEnterprise',
          { ...common, organisationId: picked.id, contactId: Number(contactId), needId: needId ? Number(needId) : null },
          t('events.participants.added', { name: picked.label }),
        )
      : await save(
          'events.addAcademic',
          {
            ...common,
            expertId: picked.id,
            expertiseGroupId: groupId ? Number(groupId) : null,
            collegeId: picked.college?.id ?? null,
          },
          t('events.participants.added', { name: picked.label }),
        );
    if (ok) onClose();
  }

  const pickError = errors[enterprise ? 'organisationId' : 'expertId'];
  return (
    <FormDialog
      title={t(enterprise ? 'events.participants.dialogEnterprise' : 'events.participants.dialogAcademic')}
      busy={busy}
      formError={formError}
      submitLabel={t('events.participants.register')}
      onSubmit={() => void submit()}
      onClose={onClose}
      wide
      testId="participant-form"
    >
      <div className="form-grid">
        <div className="span-2 ev-candidates">
          <TextField
            label={t(enterprise ? 'events.participants.searchEnterprise' : 'events.participants.searchAcademic')}
            name="candidateSearch"
            value={text}
            onChange={setText}
            hint={t('events.participants.searchHint')}
            error={pickError}
          />
          {search !== '' && (
            <ul className="ev-candidate-list" aria-label={t('events.participants.searchEnterprise')} data-testid="candidate-list">
              {(results.data ?? []).length === 0 && !results.loading && (
                <li className="muted">{t('events.participants.noResults')}</li>
              )}
              {(results.data ?? []).map((row) => (
                <li key={row.id}>
                  <button
                    type="button"
                    className={picked?.id === row.id ? 'ev-candidate is-picked' : 'ev-candidate'}
                    aria-pressed={picked?.id === row.id}
                    disabled={row.registered}
                    onClick={() => pick(row)}
                  >
                    <span>{row.label}</span>
                    <span className="muted small">
                      {[row.detail, row.registered ? t('events.participants.registered') : ''].filter(Boolean).join(' · ')}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        {picked && enterprise && (
          <>
            <SelectField
              label={t('events.participants.contact')}
              name="contactId"
              required
              value={contactId}
              onChange={(v) => {
                setContactId(v);
                clearError('contactId');
              }}
              error={errors.contactId}
              options={picked.contacts.map((c) => ({
                value: String(c.id),
                label: c.registered ? `${c.label} (${t('events.participants.registered')})` : c.label,
              }))}
            />
            <SelectField
              label={t('events.participants.need')}
              name="needId"
              value={needId}
              onChange={setNeedId}
              error={errors.needId}
              options={[
                { value: '', label: t('events.participants.noNeed') },
                ...picked.needs.map((n) => ({ value: String(n.id), label: n.label })),
              ]}
            />
          </>
        )}
        {picked && !enterprise && (
          <>
            <SelectField
              label={t('events.participants.group')}
              name="expertiseGroupId"
              value={groupId}
              onChange={setGroupId}
              error={errors.expertiseGroupId}
              options={[
                { value: '', label: t('events.participants.noGroup') },
                ...picked.groups.map((g) => ({ value: String(g.id), label: g.label })),
              ]}
            />
            <div className="form-field">
              <span className="field-label">{t('events.participants.college')}</span>
              <span className="ev-static">{picked.college?.label ?? '—'}</span>
            </div>
          </>
        )}
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
