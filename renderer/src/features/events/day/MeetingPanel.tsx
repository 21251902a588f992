import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayMeeting } from '../../../../../electron/api/contract';
import { meetingRatingValues, type MeetingRating } from '../../../../../electron/api/contract/event/lifecycle';
import { call } from '../../../api';
import { useNotices } from '../../../app/NoticeContext';
import { hrefFor } from '../../../app/routes';
import { Field } from '../../../components/form/Field';
import { useSave } from '../../../components/form/useSave';
import { formatCalendarDate, todayInBrussels } from '../../dossiers/shared/format';
import { enterpriseFirst } from './dayKeys';

type Props = { meeting: DayMeeting | undefined; ratingRef: RefObject<HTMLFieldSetElement | null> };

/**
 * The selected meeting (the parent keys it on the meeting and its saved rating, so the form starts
 * from what is stored): its rating with a comment, and "Intake aanmaken" when there is interest. */
export function MeetingPanel({ meeting, ratingRef }: Props) {
  const { t } = useTranslation();
  const { notifySuccess } = useNotices();
  const rateAction = useSave({ reportErrors: 'unlessAtFields' });
  const intakeAction = useSave({ reportErrors: 'unlessAtFields' });
  const [rating, setRating] = useState<MeetingRating | null>(meeting?.rating ?? null);
  const [comment, setComment] = useState(meeting?.ratingComment ?? '');
  const [date, setDate] = useState(todayInBrussels());
  const [participants, setParticipants] = useState('');

  if (!meeting) {
    return (
      <aside className="panel day-panel">
        <p className="muted">{t('eventDay.ratePanel.pick')}</p>
      </aside>
    );
  }
  const [enterprise, academic] = enterpriseFirst(meeting);
  const held = meeting.status === 'gehouden';
  const interest = meeting.rating === 'informatief' || meeting.rating === 'samenwerking_mogelijk';

  const saveRating = async () => {
    if (!rating) return;
    await rateAction.run(() => call('eventDay.rate', { meetingId: meeting.id, rating, comment }), t('eventDay.ratePanel.saved'));
  };
  const createIntake = async () => {
    const result = await intakeAction.run(() => call('eventDay.createIntake', { meetingId: meeting.id, date, participants }));
    if (result) {
      notifySuccess(
        t(result.needCreated ? 'eventDay.intake.createdNewNeed' : 'eventDay.intake.created', { date: formatCalendarDate(date) }),
      );
    }
  };

  return (
    <aside className="panel day-panel" data-testid="meeting-panel" aria-live="polite">
      <div>
        <h3 className="panel-title">{t('eventDay.day.vs', { a: enterprise.displayName, b: academic.displayName })}</h3>
        <p className="muted small">
          {meeting.start}–{meeting.end} · {t('eventDay.day.tableShort', { number: meeting.tableNumber })} ·{' '}
          {t(`eventDay.status.${meeting.status}`)}
        </p>
      </div>
      {!held ? (
        <p className="muted">{t('eventDay.ratePanel.notHeld')}</p>
      ) : (
        <>
          <fieldset className="day-rating-set" ref={ratingRef} tabIndex={-1} data-testid="rating-set">
            <legend className="field-label">{t('eventDay.ratePanel.label')}</legend>
            {meetingRatingValues.map((value) => (
              <label key={value} className="day-rating-option">
                <input type="radio" name={`rating-${meeting.id}`} checked={rating === value} onChange={() => setRating(value)} />
                {t(`eventDay.rating.${value}`)}
              </label>
            ))}
          </fieldset>
          <Field label={t('eventDay.ratePanel.comment')} error={rateAction.errors.comment}>
            {(p) => (
              <textarea
                {...p}
                className="input dossier-textarea"
                rows={3}
                value={comment}
                onChange={(e) => setComment(e.target.value)}
                data-testid="rating-comment"
              />
            )}
          </Field>
          <div>
            <button
              type="button"
              className="button button-primary"
              disabled={!rating || rateAction.busy}
              onClick={() => void saveRating()}
              data-testid="rating-save"
            >
              {t('eventDay.ratePanel.save')}
            </button>
          </div>
          <div className="day-intake-box">
            <h4 className="event-day-subtitle">{t('eventDay.intake.title')}</h4>
            {meeting.intakeId !== null ? (
              <p>
                <span className="badge day-intake">{t('eventDay.day.intakeLinked')}</span>{' '}
                {meeting.needId !== null && (
                  <a href={hrefFor('dossiers', meeting.needId)} data-testid="intake-need-link">
                    {t('eventDay.day.openNeed')}
                  </a>
                )}
              </p>
            ) : !meeting.canCreateIntake ? (
              <p className="muted">{t('eventDay.intake.noOrganisation')}</p>
            ) : !interest ? (
              <p className="muted">{t('eventDay.intake.noInterest')}</p>
            ) : (
              <>
                <p className="muted small">{t('eventDay.intake.text')}</p>
                <Field label={t('eventDay.intake.date')} error={intakeAction.errors.date}>
                  {(p) => (
                    <input
                      {...p}
                      type="date"
                      className="input"
                      value={date}
                      onChange={(e) => setDate(e.target.value)}
                      data-testid="intake-date"
                    />
                  )}
                </Field>
                <Field label={t('eventDay.intake.participants')} error={intakeAction.errors.participants}>
                  {(p) => (
                    <input
                      {...p}
                      className="input"
                      value={participants}
                      placeholder={`${enterprise.displayName}, ${academic.displayName}`}
                      onChange={(e) => setParticipants(e.target.value)}
                    />
                  )}
                </Field>
                <div>
                  <button
                    type="button"
                    className="button button-primary"
                    disabled={intakeAction.busy}
                    onClick={() => void createIntake()}
                    data-testid="intake-create"
                  >
                    {t('eventDay.intake.create')}
                  </button>
                </div>
              </>
            )}
          </div>
        </>
      )}
    </aside>
  );
}
