import { NotFoundPage } from '../../app/NotFoundPage';
import { ComingSoonPage } from '../placeholders/ComingSoonPage';

/** The pages under #/events; replaced by the area's implementation. */
export function EventRoutes({ segments }: { segments: string[] }) {
  return segments.length === 0 ? <ComingSoonPage page="events" /> : <NotFoundPage />;
}
