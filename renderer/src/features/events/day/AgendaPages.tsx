import { useTranslation } from 'react-i18next';
import type { AgendaView } from '../../../../../electron/api/contract';
import { formatCalendarDate } from '../../dossiers/shared/format';

type Props = { view: AgendaView; mode: 'participants' | 'tables' };

function EventLine({ view }: { view: AgendaView }) {
  const place = [view.location, view.platform].filter(Boolean).join(' · ');
  return (
    <p className="agenda-page-event">
      {view.eventName} · {formatCalendarDate(view.date)}
      {place && ` · ${place}`}
    </p>
  );
}

/** The printable agendas: one page per participant or per table (print CSS breaks after each). */
export function AgendaPages({ view, mode }: Props) {
  const { t } = useTranslation();
  if (mode === 'tables') {
    return (
      <div className="agenda-print" data-testid="agenda-print">
        {view.tables.map((table) => (
          <section
            key={table.tableNumber}
            className="agenda-page"
            aria-label={t('eventDay.agenda.table', { number: table.tableNumber })}
          >
            <header className="agenda-page-header">
              <h3 className="agenda-page-title">{t('eventDay.agenda.table', { number: table.tableNumber })}</h3>
              <EventLine view={view} />
            </header>
            <table className="simple-table agenda-table">
              <thead>
                <tr>
                  <th scope="col">{t('eventDay.agenda.colTime')}</th>
                  <th scope="col">{t('eventDay.agenda.colEnterprise')}</th>
                  <th scope="col">{t('eventDay.agenda.colAcademic')}</th>
                </tr>
              </thead>
              <tbody>
                {table.meetings.map((m) => (
                  <tr key={m.meetingId}>
                    <td className="nowrap agenda-time">
                      {m.start}–{m.end}
                    </td>
                    <td>{m.enterpriseName}</td>
                    <td>{m.academicName}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    );
  }
  return (
    <div className="agenda-print" data-testid="agenda-print">
      {view.participants.map((p) => (
        <section key={p.id} className="agenda-page" aria-label={p.displayName} data-testid="agenda-page">
          <header className="agenda-page-header">
            <h3 className="agenda-page-title">{p.displayName}</h3>
            <span className="badge badge-neutral agenda-side">{t(`eventDay.side.${p.side}`)}</span>
            <EventLine view={view} />
          </header>
          {p.meetings.length === 0 ? (
            <p className="muted">{t('eventDay.agenda.noMeetings')}</p>
          ) : (
            <table className="simple-table agenda-table">
              <thead>
                <tr>
                  <th scope="col">{t('eventDay.agenda.colTime')}</th>
                  <th scope="col" className="agenda-col-table">
                    {t('eventDay.agenda.colTable')}
                  </th>
                  <th scope="col">{t('eventDay.agenda.colWith')}</th>
                </tr>
              </thead>
              <tbody>
                {p.meetings.map((m) => (
                  <tr key={m.meetingId}>
                    <td className="nowrap agenda-time">
                      {m.start}–{m.end}
                    </td>
                    <td className="agenda-table-number">{m.tableNumber}</td>
                    <td>{m.otherName}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </div>
  );
}
