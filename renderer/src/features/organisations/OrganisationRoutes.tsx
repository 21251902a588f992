import { NotFoundPage } from '../../app/NotFoundPage';
import { ComingSoonPage } from '../placeholders/ComingSoonPage';

/** `#/organisaties/...` */
export function OrganisationRoutes({ segments }: { segments: string[] }) {
  return segments.length === 0 ? <ComingSoonPage page="organisaties" /> : <NotFoundPage />;
}
