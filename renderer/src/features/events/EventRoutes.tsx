import { NotFoundPage } from '../../app/NotFoundPage';
import { idFrom } from '../../app/routes';
import { EventListPage } from './EventListPage';
import { EventPage, isEventTab } from './EventPage';

/** `#/events` (list) and `#/events/:id[/:tab]` (one event, one tab). */
export function EventRoutes({ segments }: { segments: string[] }) {
  const [first, tab, ...rest] = segments;
  if (first === undefined) return <EventListPage />;
  const id = idFrom(first);
  if (id === null || rest.length > 0 || (tab !== undefined && !isEventTab(tab))) return <NotFoundPage />;
  return <EventPage key={id} eventId={id} tab={tab ?? 'overview'} />;
}
