import { useTranslation } from 'react-i18next';
import type { EventDetail } from '../../../../electron/api/contract/events';
import { formatDay, slotText } from './format';

/** The event's facts: when, where, the slot layout and the counts. */
export function EventOverview({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const none = t('events.page.facts.none');
  const facts: [string, string][] = [
    [t('events.page.facts.date'), formatDay(event.date)],
    [t('events.page.facts.place'), event.location || none],
    [t('events.page.facts.platform'), event.platform || none],
    [
      t('events.page.facts.sessions'),
      event.sessions
        .map((s) => {
          const breaks =
            s.breaks.length > 0 ? ` (${t('events.page.facts.breakList', { list: s.breaks.map(slotText).join(', ') })})` : '';
          return `${s.name ? `${s.name}: ` : ''}${s.start}–${s.end}${breaks}`;
        })
        .join(' · '),
    ],
    [
      t('events.page.facts.slots'),
      t('events.page.facts.slotsValue', {
        count: event.slots.length,
        minutes: event.slotMinutes,
        changeover: event.changeoverMinutes,
      }),
    ],
    [t('events.page.facts.tables'), String(event.tables)],
    [
      t('events.page.facts.caps'),
      t('events.page.facts.capsValue', {
        participants: event.maxParticipants ?? '∞',
        meetings: event.maxMeetingsPerParticipant ?? '∞',
      }),
    ],
    [t('events.page.facts.enterprises'), String(event.enterprises)],
    [t('events.page.facts.academics'), String(event.academics)],
    [t('events.page.facts.meetings'), String(event.meetings)],
    [t('events.page.facts.scheduled'), String(event.scheduled)],
  ];
  return (
    <section className="panel ev-overview" data-testid="event-overview">
      <dl className="facts">
        {facts.map(([label, value]) => (
          <div key={label} className="fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {event.notes && <p className="ev-notes">{event.notes}</p>}
    </section>
  );
}
