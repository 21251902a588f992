import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { LoadState } from '../../components/LoadState';
import { useApiQuery } from '../../hooks/useApiQuery';

const SHOWN = 8;

/** Tasks not done whose due date lies before today (Brussels), the longest overdue first. */
export function OverdueTasksPanel() {
  const { t } = useTranslation();
  const query = useApiQuery('dashboard.overdueTasks', { limit: SHOWN }, { reportErrors: false });
  const page = query.data;
  return (
    <section className="panel" aria-labelledby="dashboard-overdue">
      <h2 id="dashboard-overdue" className="panel-title">
        {t('workspace.dashboard.overdueTitle')}
        {page && page.total > 0 && (
          <span className="count-pill count-pill-warning" data-testid="overdue-count">
            {page.total.toLocaleString('nl-BE')}
          </span>
        )}
      </h2>
      {!page ? (
        <LoadState error={query.error} onRetry={query.reload} />
      ) : page.rows.length === 0 ? (
        <p className="muted">{t('workspace.dashboard.overdueNone')}</p>
      ) : (
        <ul className="dash-list">
          {page.rows.map((task) => {
            const context = [task.needTitle, task.organisationName].filter(Boolean).join(' · ');
            const body = (
              <>
                <span className="dash-item-main">
                  <span className="dash-item-title">{task.title}</span>
                  {context && <span className="dash-item-sub">{context}</span>}
                </span>
                <span className="dash-item-meta">
                  <span className="badge badge-warning">{t('workspace.dashboard.overdueDays', { count: task.daysOverdue })}</span>
                  <span className="dash-item-sub">
                    {t('workspace.dashboard.overdueDue', { date: formatDate(`${task.dueDate}T12:00:00Z`) })}
                  </span>
                </span>
              </>
            );
            return (
              <li key={task.id} data-testid="overdue-task">
                {task.href ? (
                  <a className="dash-item" href={task.href}>
                    {body}
                  </a>
                ) : (
                  <div className="dash-item">{body}</div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {page && page.total > page.rows.length && (
        <p className="muted small">{t('workspace.dashboard.overdueMore', { count: page.total - page.rows.length })}</p>
      )}
    </section>
  );
}
