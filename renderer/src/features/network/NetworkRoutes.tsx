import { idFrom } from '../../app/routes';
import { NotFoundPage } from '../../app/NotFoundPage';
import { CollegeDetailPage } from './CollegeDetailPage';
import { NetworkPage } from './NetworkPage';

/** `#/netwerk` and `#/netwerk/<collegeId>`. */
export function NetworkRoutes({ segments }: { segments: string[] }) {
  if (segments.length === 0) return <NetworkPage />;
  const id = idFrom(segments[0]);
  if (id !== null && segments.length === 1) return <CollegeDetailPage collegeId={id} />;
  return <NotFoundPage />;
}
