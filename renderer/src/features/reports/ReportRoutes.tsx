import { NotFoundPage } from '../../app/NotFoundPage';
import { ComingSoonPage } from '../placeholders/ComingSoonPage';

/** The pages under #/rapporten; replaced by the area's implementation. */
export function ReportRoutes({ segments }: { segments: string[] }) {
  return segments.length === 0 ? <ComingSoonPage page="rapporten" /> : <NotFoundPage />;
}
