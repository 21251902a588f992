import { idFrom } from '../../app/routes';
import { NotFoundPage } from '../../app/NotFoundPage';
import { NeedListPage } from './list/NeedListPage';
import { NeedDetailPage } from './need/NeedDetailPage';
import { EditNeedPage, NewNeedPage } from './need/NeedFormPage';
import { OverdueTasksPage } from './tasks/OverdueTasksPage';
import { TrajectDetailPage } from './trajects/TrajectDetailPage';
import { TrajectListPage } from './trajects/TrajectListPage';

/**
 * `#/dossiers` (list, `?organisatie=<id>` narrows it), `/nieuw`, `/<id>`, `/<id>/bewerken`,
 * `/taken`, `/trajecten` and `/trajecten/<id>`.
 */
export function DossierRoutes({ segments }: { segments: string[] }) {
  const [first, second, ...rest] = segments;
  if (first === undefined) return <NeedListPage />;
  if (rest.length > 0) return <NotFoundPage />;
  if (first === 'nieuw' && second === undefined) return <NewNeedPage />;
  if (first === 'taken' && second === undefined) return <OverdueTasksPage />;
  if (first === 'trajecten') {
    if (second === undefined) return <TrajectListPage />;
    const trajectId = idFrom(second);
    return trajectId === null ? <NotFoundPage /> : <TrajectDetailPage trajectId={trajectId} />;
  }
  const needId = idFrom(first);
  if (needId === null) return <NotFoundPage />;
  if (second === undefined) return <NeedDetailPage needId={needId} />;
  if (second === 'bewerken') return <EditNeedPage needId={needId} />;
  return <NotFoundPage />;
}
