import { idFrom } from '../../app/routes';
import { NotFoundPage } from '../../app/NotFoundPage';
import { CollegeDetailPage } from './colleges/CollegeDetailPage';
import { GroupDetailPage } from './groups/GroupDetailPage';
import { NetworkPage, type NetworkTab } from './NetworkPage';

const tabs: Record<Exclude<NetworkTab, 'colleges'>, true> = { groepen: true, experts: true, partners: true, themas: true };

function isTab(segment: string): segment is Exclude<NetworkTab, 'colleges'> {
  return Object.hasOwn(tabs, segment);
}

/**
 * `#/netwerk` (colleges), `#/netwerk/<tab>`, `#/netwerk/<collegeId>` and `#/netwerk/groepen/<groupId>`.
 */
export function NetworkRoutes({ segments }: { segments: string[] }) {
  const [first, second] = segments;
  if (first === undefined) return <NetworkPage tab="colleges" />;
  if (segments.length === 1 && isTab(first)) return <NetworkPage tab={first} />;
  const id = idFrom(first);
  if (id !== null && segments.length === 1) return <CollegeDetailPage collegeId={id} />;
  const groupId = idFrom(second);
  if (first === 'groepen' && groupId !== null && segments.length === 2) return <GroupDetailPage groupId={groupId} />;
  return <NotFoundPage />;
}
