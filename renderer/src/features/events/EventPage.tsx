import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDetail } from '../../../../electron/api/contract/events';
import { hrefFor, navigate } from '../../app/routes';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { Tabs } from '../../components/Tabs';
import { useApiQuery } from '../../hooks/useApiQuery';
import { EventAgendaTab } from './day/EventAgendaTab';
import { EventDayTab } from './day/EventDayTab';
import { EventFiguresTab } from './day/EventFiguresTab';
import { EventFollowUpTab } from './day/EventFollowUpTab';
import { EventFormDialog } from './EventFormDialog';
import { EventOverview } from './EventOverview';
import { formatDay } from './format';
import { MeetingsTab } from './MeetingsTab';
import { ParticipantsTab } from './ParticipantsTab';
import { PlanningTab } from './PlanningTab';

const eventTabs = ['overview', 'participants', 'meetings', 'planning', 'agendas', 'day', 'followUp', 'figures'] as const;
export type EventTab = (typeof eventTabs)[number];
export const isEventTab = (v: string): v is EventTab => (eventTabs as readonly string[]).includes(v);

function TabContent({ tab, event }: { tab: EventTab; event: EventDetail }) {
  switch (tab) {
    case 'overview':
      return <EventOverview event={event} />;
    case 'participants':
      return <ParticipantsTab event={event} />;
    case 'meetings':
      return <MeetingsTab event={event} />;
    case 'planning':
      return <PlanningTab event={event} />;
    case 'agendas':
      return <EventAgendaTab eventId={event.id} />;
    case 'day':
      return <EventDayTab eventId={event.id} />;
    case 'followUp':
      return <EventFollowUpTab eventId={event.id} />;
    case 'figures':
      return <EventFiguresTab eventId={event.id} />;
  }
}

/** `#/events/:id/:tab`: one event, its registrations, requests, schedule and the day's tabs. */
export function EventPage({ eventId, tab }: { eventId: number; tab: EventTab }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const query = useApiQuery('events.get', { id: eventId }, { reportErrors: false });
  const event = query.data;
  if (!event) {
    return (
      <div className="page">
        {query.error && (
          <Alert kind="error">{query.error.code === 'NOT_FOUND' ? t('events.page.notFound') : query.error.message}</Alert>
        )}
      </div>
    );
  }
  return (
    <div className="page">
      <PageHeader
        title={event.name}
        subtitle={[formatDay(event.date), event.location, event.platform].filter(Boolean).join(' · ')}
        before={
          <a className="back-link" href={hrefFor('events')}>
            ← {t('events.page.back')}
          </a>
        }
        actions={
          <button type="button" className="button" onClick={() => setEditing(true)} data-testid="event-edit">
            {t('events.page.edit')}
          </button>
        }
      />
      <Tabs
        label={t('events.page.tabsLabel')}
        idPrefix="event"
        tabs={eventTabs.map((id) => ({ id, label: t(`events.page.tabs.${id}`) }))}
        value={tab}
        onChange={(next) => navigate(hrefFor('events', eventId, next))}
      >
        <TabContent tab={tab} event={event} />
      </Tabs>
      {editing && <EventFormDialog event={event} onClose={() => setEditing(false)} />}
    </div>
  );
}
