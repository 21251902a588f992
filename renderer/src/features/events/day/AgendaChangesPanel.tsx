import { useTranslation } from 'react-i18next';
import type { AgendaChange } from '../../../../../electron/api/contract';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { formatDateTime } from '../../../format';

/** What moved since the last print, and whom to call or mail before the day. */
export function AgendaChangesPanel({ eventId, embedded = false }: { eventId: number; embedded?: boolean }) {
  const { t } = useTranslation();
  const { data } = useApiQuery('eventDay.changesSincePrint', { eventId });
  const place = (p: AgendaChange['before']) => (p ? t('eventDay.changes.place', { time: p.start, table: p.tableNumber }) : '—');
  return (
    <section className="panel no-print" data-testid="agenda-changes">
      <div className="panel-header" hidden={embedded}>
        <div>
          <h3 className="panel-title">{t('eventDay.changes.title')}</h3>
          {data?.printedAt && (
            <p className="muted small">{t('eventDay.changes.since', { when: formatDateTime(data.printedAt) })}</p>
          )}
        </div>
      </div>
      {!data ? null : data.printedAt === null ? (
        <p className="muted">{t('eventDay.changes.notPrinted')}</p>
      ) : data.changes.length === 0 ? (
        <p className="muted">{t('eventDay.changes.none')}</p>
      ) : (
        <div className="agenda-changes">
          <table className="simple-table">
            <thead>
              <tr>
                <th scope="col">{t('eventDay.changes.colKind')}</th>
                <th scope="col">{t('eventDay.changes.colMeeting')}</th>
                <th scope="col">{t('eventDay.changes.colBefore')}</th>
                <th scope="col">{t('eventDay.changes.colAfter')}</th>
              </tr>
            </thead>
            <tbody>
              {data.changes.map((c) => (
                <tr key={c.meetingId} data-testid="agenda-change">
                  <td>
                    <span className={`badge agenda-change-${c.kind}`}>{t(`eventDay.changes.kind.${c.kind}`)}</span>
                  </td>
                  <td>{t('eventDay.day.vs', { a: c.requesterName, b: c.targetName })}</td>
                  <td className="nowrap">{place(c.before)}</td>
                  <td className="nowrap">{place(c.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="agenda-notify">
            <h4 className="event-day-subtitle">{t('eventDay.changes.notifyTitle')}</h4>
            <ul className="agenda-notify-list" data-testid="agenda-notify">
              {data.notify.map((n) => (
                <li key={n.participantId}>
                  <span>{n.displayName}</span>
                  <span className="muted small nowrap">{t('eventDay.changes.notifyCount', { count: n.changes })}</span>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </section>
  );
}
