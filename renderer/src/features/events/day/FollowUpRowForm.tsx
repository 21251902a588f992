import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpRow } from '../../../../../electron/api/contract';
import { meetingFollowUpValues, type MeetingFollowUp } from '../../../../../electron/api/contract/event/lifecycle';
import { call } from '../../../api';
import { useSave } from '../../../components/form/useSave';
import { todayInBrussels } from '../../dossiers/shared/format';

/** One held meeting with its follow-up value, note and date, saved on its own. */
export function FollowUpRowForm({ row }: { row: FollowUpRow }) {
  const { t } = useTranslation();
  const action = useSave({ reportErrors: 'all' });
  const [value, setValue] = useState<MeetingFollowUp | ''>(row.followUp ?? '');
  const [note, setNote] = useState(row.followUpNote);
  const [date, setDate] = useState(row.followUpAt ?? todayInBrussels());
  const changed = value !== (row.followUp ?? '') || note !== row.followUpNote || date !== (row.followUpAt ?? todayInBrussels());
  const label = t('eventDay.day.vs', { a: row.enterpriseName, b: row.academicName });

  const save = async () => {
    if (value === '') return;
    await action.run(
      () => call('eventDay.setFollowUp', { meetingId: row.meetingId, followUp: value, note, date }),
      t('eventDay.followUpTab.saved'),
    );
  };

  return (
    <tr data-testid="follow-up-row" className={row.followUp === null ? 'follow-up-open' : undefined}>
      <td>
        <div>{row.enterpriseName}</div>
        <div className="muted small">{row.academicName}</div>
      </td>
      <td>
        {row.rating ? t(`eventDay.rating.${row.rating}`) : '—'}
        {row.intakeId !== null && <span className="badge day-intake follow-up-intake">{t('eventDay.followUpTab.intake')}</span>}
      </td>
      <td>
        <select
          className="input follow-up-select"
          value={value}
          aria-label={`${t('eventDay.followUpTab.colFollowUp')}: ${label}`}
          onChange={(e) => setValue(e.target.value as MeetingFollowUp | '')}
        >
          <option value="" disabled>
            {t('eventDay.followUpTab.choose')}
          </option>
          {meetingFollowUpValues.map((v) => (
            <option key={v} value={v}>
              {t(`eventDay.followUp.${v}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          className="input follow-up-note"
          value={note}
          aria-label={`${t('eventDay.followUpTab.colNote')}: ${label}`}
          onChange={(e) => setNote(e.target.value)}
        />
      </td>
      <td>
        <input
          type="date"
          className="input"
          value={date}
          aria-label={`${t('eventDay.followUpTab.colDate')}: ${label}`}
          onChange={(e) => setDate(e.target.value)}
        />
      </td>
      <td>
        <button
          type="button"
          className="button button-small"
          disabled={value === '' || !changed || action.busy}
          onClick={() => void save()}
        >
          {t('eventDay.followUpTab.save')}
        </button>
      </td>
    </tr>
  );
}
