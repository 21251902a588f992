import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager } from '../../../components/Pager';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { FollowUpRowForm } from './FollowUpRowForm';

const limit = 50;

/** The second-stage follow-up: per held meeting what came of it, and which still have none. */
export function EventFollowUpTab({ eventId }: { eventId: number }) {
  const { t } = useTranslation();
  const [onlyOpen, setOnlyOpen] = useState(false);
  const [offset, setOffset] = useState(0);
  const { data } = useApiQuery('eventDay.listFollowUp', { eventId, onlyOpen, offset, limit });
  return (
    <section className="panel" data-testid="follow-up-tab">
      <div className="panel-header">
        <div>
          <h3 className="panel-title">{t('eventDay.followUpTab.title')}</h3>
          <p className="muted">{t('eventDay.followUpTab.intro')}</p>
        </div>
        <label className="field-inline">
          <input
            type="checkbox"
            checked={onlyOpen}
            onChange={(e) => {
              setOnlyOpen(e.target.checked);
              setOffset(0);
            }}
            data-testid="follow-up-only-open"
          />
          {t('eventDay.followUpTab.onlyOpen')}
        </label>
      </div>
      {data && data.withoutFollowUp > 0 && (
        <p className="badge badge-warning follow-up-count" data-testid="follow-up-without">
          {t('eventDay.followUpTab.withoutCount', { count: data.withoutFollowUp })}
        </p>
      )}
      {data && data.total === 0 ? (
        <p className="muted">{t('eventDay.followUpTab.empty')}</p>
      ) : (
        <table className="simple-table follow-up-table">
          <thead>
            <tr>
              <th scope="col">{t('eventDay.followUpTab.colMeeting')}</th>
              <th scope="col">{t('eventDay.followUpTab.colRating')}</th>
              <th scope="col">{t('eventDay.followUpTab.colFollowUp')}</th>
              <th scope="col">{t('eventDay.followUpTab.colNote')}</th>
              <th scope="col">{t('eventDay.followUpTab.colDate')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('eventDay.followUpTab.save')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data?.rows.map((row) => (
              // Keyed on the saved values too, so a reload after saving resets the row's form.
              <FollowUpRowForm
                key={`${row.meetingId}-${row.followUp ?? ''}-${row.followUpAt ?? ''}-${row.followUpNote}`}
                row={row}
              />
            ))}
          </tbody>
        </table>
      )}
      {data && <Pager offset={offset} limit={limit} total={data.total} onChange={setOffset} hideWhenSinglePage />}
    </section>
  );
}
