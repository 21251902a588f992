import { useTranslation } from 'react-i18next';
import { call } from '../../../api';
import { hrefFor } from '../../../app/routes';
import { LoadState } from '../../../components/LoadState';
import { PageHeader } from '../../../components/PageHeader';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { DossierNav } from '../shared/DossierNav';
import { formatCalendarDate } from '../shared/format';
import { useSave } from '../../../components/form/useSave';

/** `#/dossiers/taken`: every open task past its due date (Brussels calendar), oldest first. */
export function OverdueTasksPage() {
  const { t } = useTranslation();
  const tasks = useApiQuery('tasks.overdue', { limit: 500 });
  const action = useSave({ reportErrors: 'unlessAtFields' });
  const rows = tasks.data ?? [];
  return (
    <div className="page">
      <PageHeader title={t('dossiers.tasks.overdueTitle')} subtitle={t('dossiers.tasks.overdueSubtitle')} />
      <DossierNav current="tasks" />
      {!tasks.data ? (
        <LoadState error={tasks.error} onRetry={tasks.reload} />
      ) : rows.length === 0 ? (
        <p className="panel muted" data-testid="overdue-empty">
          {t('dossiers.tasks.overdueNone')}
        </p>
      ) : (
        <div className="panel dossier-table-panel">
          <table className="simple-table" data-testid="overdue-table">
            <thead>
              <tr>
                <th scope="col">{t('dossiers.tasks.columns.title')}</th>
                <th scope="col">{t('dossiers.tasks.columns.need')}</th>
                <th scope="col">{t('dossiers.tasks.columns.organisation')}</th>
                <th scope="col">{t('dossiers.tasks.columns.due')}</th>
                <th scope="col">{t('dossiers.tasks.columns.late')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('dossiers.tasks.complete')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((task) => (
                <tr key={task.id} data-testid="overdue-row">
                  <td>{task.title}</td>
                  <td>{task.needId ? <a href={hrefFor('dossiers', task.needId)}>{task.needTitle}</a> : '—'}</td>
                  <td>{task.organisationName ?? '—'}</td>
                  <td className="nowrap">{formatCalendarDate(task.dueDate)}</td>
                  <td className="nowrap">
                    <span className="badge dossier-badge-danger">
                      {t('dossiers.tasks.daysOverdue', { count: task.daysOverdue })}
                    </span>
                  </td>
                  <td className="align-end">
                    <button
                      type="button"
                      className="button button-small"
                      disabled={action.busy}
                      onClick={() => void action.run(() => call('tasks.complete', { id: task.id }))}
                    >
                      {t('dossiers.tasks.complete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
