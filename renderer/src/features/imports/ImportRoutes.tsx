import { NotFoundPage } from '../../app/NotFoundPage';
import { ImportHistoryPage } from './ImportHistoryPage';
import { ImportWizard } from './ImportWizard';

/** `#/import` (the wizard) and `#/import/geschiedenis` (the batches, with undo). */
export function ImportRoutes({ segments }: { segments: string[] }) {
  const [first, ...rest] = segments;
  if (first === undefined) return <ImportWizard />;
  if (first === 'geschiedenis' && rest.length === 0) return <ImportHistoryPage />;
  return <NotFoundPage />;
}
