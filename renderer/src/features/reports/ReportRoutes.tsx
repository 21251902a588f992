import { useTranslation } from 'react-i18next';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useNotices } from '../../app/NoticeContext';
import { PageHeader } from '../../components/PageHeader';
import { useApiQuery } from '../../hooks/useApiQuery';
import type { BuiltReport } from '../../../../electron/api/contract/reports';
import { ReportForm } from './ReportForm';
import { ReportRuns } from './ReportRuns';

function ReportsPage() {
  const { t } = useTranslation();
  const { notifySuccess } = useNotices();
  const runs = useApiQuery('reports.runs', undefined);
  // savedAs: where the file went; null when the save dialog was cancelled (the run is listed all the same).
  const built = (report: BuiltReport, savedAs: string | null) => {
    if (savedAs !== null) notifySuccess(t(report.empty ? 'reports.builtEmpty' : 'reports.built', { file: savedAs }));
    runs.reload();
  };
  return (
    <div className="page">
      <PageHeader title={t('reports.title')} subtitle={t('reports.subtitle')} />
      <ReportForm onBuilt={built} />
      <ReportRuns runs={runs} onBuilt={built} />
    </div>
  );
}

/** The pages under #/rapporten. */
export function ReportRoutes({ segments }: { segments: string[] }) {
  return segments.length === 0 ? <ReportsPage /> : <NotFoundPage />;
}
