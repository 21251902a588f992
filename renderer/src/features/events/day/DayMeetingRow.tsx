import { useTranslation } from 'react-i18next';
import type { DayMeeting } from '../../../../../electron/api/contract';
import { enterpriseFirst } from './dayKeys';

type Props = {
  meeting: DayMeeting;
  selected: boolean;
  onSelect: () => void;
  onMark: (outcome: 'gehouden' | 'niet_opgedaagd') => void;
  onUndo: () => void;
};

/** One meeting in the day list: who, which table, its mark, and the buttons the shortcuts mirror. */
export function DayMeetingRow({ meeting, selected, onSelect, onMark, onUndo }: Props) {
  const { t } = useTranslation();
  const [enterprise, academic] = enterpriseFirst(meeting);
  const absent =
    meeting.status !== 'niet_opgedaagd'
      ? null
      : meeting.noShowParticipantId === null
        ? t('eventDay.day.noShowBoth')
        : t('eventDay.day.noShowWho', {
            side: t(
              `eventDay.side.${meeting.noShowParticipantId === meeting.requester.id ? meeting.requester.side : meeting.target.side}`,
            ).toLowerCase(),
          });
  return (
    <tr
      className={`day-row day-row-${meeting.status}${selected ? ' is-selected' : ''}`}
      aria-selected={selected}
      onClick={onSelect}
      data-testid="day-row"
      data-meeting-id={meeting.id}
    >
      <td className="day-table nowrap">{t('eventDay.day.tableShort', { number: meeting.tableNumber })}</td>
      <td>
        <div className="day-who">
          <span className="day-enterprise">{enterprise.displayName}</span>
          <span className="day-academic muted">{academic.displayName}</span>
        </div>
      </td>
      <td>
        <div className="day-state">
          <span className={`badge day-badge-${meeting.status}`} data-testid="day-status">
            {absent ?? t(`eventDay.status.${meeting.status}`)}
          </span>
          {meeting.rating && <span className="badge badge-neutral day-rating">{t(`eventDay.rating.${meeting.rating}`)}</span>}
          {meeting.intakeId !== null && <span className="badge day-intake">{t('eventDay.day.intakeLinked')}</span>}
        </div>
      </td>
      <td className="day-buttons">
        {meeting.status === 'ingepland' ? (
          <>
            <button type="button" className="button button-small" tabIndex={-1} onClick={() => onMark('gehouden')}>
              {t('eventDay.day.held')}
            </button>
            <button type="button" className="button button-small" tabIndex={-1} onClick={() => onMark('niet_opgedaagd')}>
              {t('eventDay.day.noShow')}
            </button>
          </>
        ) : (
          meeting.rating === null &&
          meeting.intakeId === null && (
            <button type="button" className="button button-small" tabIndex={-1} onClick={onUndo}>
              {t('eventDay.day.undo')}
            </button>
          )
        )}
      </td>
    </tr>
  );
}
