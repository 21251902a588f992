import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/routes';
import { formatDateTime } from '../../format';
import { useApiQuery } from '../../hooks/useApiQuery';
import { AgendaChangesPanel } from './day/AgendaChangesPanel';

/**
 * On the planning tab: how many meetings moved, were cancelled or added since the agendas were
 * last printed, and whom to tell; the full list opens in place (the same one as on the agendas tab).
 */
export function PlanningChanges({ eventId }: { eventId: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { data } = useApiQuery('eventDay.changesSincePrint', { eventId });
  if (!data) return null;
  const when = data.printedAt ? formatDateTime(data.printedAt) : '';
  const line =
    data.printedAt === null
      ? t('events.changes.notPrinted')
      : data.changes.length === 0
        ? t('events.changes.none', { when })
        : t('events.changes.count', { count: data.changes.length, when, people: data.notify.length });
  return (
    <section className="panel ev-print-changes" aria-labelledby="ev-print-changes-title" data-testid="planning-changes">
      <div className="ev-print-changes-row">
        <div>
          <h2 id="ev-print-changes-title" className="panel-title">
            {t('events.changes.title')}
          </h2>
          <p
            className={data.changes.length > 0 ? 'ev-print-changes-line has-changes' : 'muted small'}
            data-testid="planning-changes-line"
          >
            {line}
          </p>
        </div>
        <div className="ev-row-actions">
          {data.changes.length > 0 && (
            <button
              type="button"
              className="button button-small"
              aria-expanded={open}
              onClick={() => setOpen((v) => !v)}
              data-testid="planning-changes-toggle"
            >
              {open ? t('events.changes.hide') : t('events.changes.show')}
            </button>
          )}
          <a className="button button-small" href={hrefFor('events', eventId, 'agendas')}>
            {t('events.changes.toAgendas')}
          </a>
        </div>
      </div>
      {open && <AgendaChangesPanel eventId={eventId} embedded />}
    </section>
  );
}
