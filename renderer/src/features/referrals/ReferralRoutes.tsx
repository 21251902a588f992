import { idFrom } from '../../app/routes';
import { NotFoundPage } from '../../app/NotFoundPage';
import { ReferralDetailPage } from './ReferralDetailPage';
import { referralViews, ReferralsPage, type ReferralView } from './ReferralsPage';

const isView = (s: string): s is ReferralView => (referralViews as readonly string[]).includes(s);

/** The pages under #/doorverwijzingen: the views (table, board, collective, figures) and one referral. */
export function ReferralRoutes({ segments }: { segments: string[] }) {
  const [first] = segments;
  if (first === undefined) return <ReferralsPage view="tabel" />;
  if (segments.length === 1 && isView(first)) return <ReferralsPage view={first} />;
  const id = idFrom(first);
  if (segments.length === 1 && id !== null) return <ReferralDetailPage key={id} id={id} />;
  return <NotFoundPage />;
}
