import { NotFoundPage } from '../../app/NotFoundPage';
import { ComingSoonPage } from '../placeholders/ComingSoonPage';

/** `#/dossiers/...` */
export function DossierRoutes({ segments }: { segments: string[] }) {
  return segments.length === 0 ? <ComingSoonPage page="dossiers" /> : <NotFoundPage />;
}
