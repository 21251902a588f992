import { NotFoundPage } from '../../app/NotFoundPage';
import { ComingSoonPage } from '../placeholders/ComingSoonPage';

/** The pages under #/doorverwijzingen; replaced by the area's implementation. */
export function ReferralRoutes({ segments }: { segments: string[] }) {
  return segments.length === 0 ? <ComingSoonPage page="doorverwijzingen" /> : <NotFoundPage />;
}
