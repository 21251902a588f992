import { useTranslation } from 'react-i18next';
import type { ActivityItem } from '../../../../electron/api/contract';
import { formatDateTime } from '../../format';
import { LoadState } from '../../components/LoadState';
import { useApiQuery } from '../../hooks/useApiQuery';

/** What happened: a timeline entry in its own words, an audit row as "Organisatie gewijzigd: naam". */
function useDescribe(): (item: ActivityItem) => string {
  const { t } = useTranslation();
  return (item) => {
    if (item.source === 'timeline') return item.summary;
    const entity = t(`workspace.activity.entities.${item.kind}`, { defaultValue: item.kind });
    const action = t(`workspace.activity.actions.${item.action}`, { defaultValue: item.action });
    const text = t('workspace.activity.audit', { entity, action });
    if (item.fields.length === 0) return text;
    const fields = item.fields.map((f) => t(`workspace.activity.fieldNames.${f}`, { defaultValue: f })).join(', ');
    return `${text}: ${fields}`;
  };
}

export function ActivityPanel() {
  const { t } = useTranslation();
  const query = useApiQuery('dashboard.activity', { limit: 12 }, { reportErrors: false });
  const describe = useDescribe();
  const items = query.data;
  return (
    <section className="panel" aria-labelledby="dashboard-activity">
      <h2 id="dashboard-activity" className="panel-title">
        {t('workspace.dashboard.activityTitle')}
      </h2>
      {!items ? (
        <LoadState error={query.error} onRetry={query.reload} />
      ) : items.length === 0 ? (
        <p className="muted">{t('workspace.dashboard.activityNone')}</p>
      ) : (
        <ul className="dash-list">
          {items.map((item) => {
            const body = (
              <>
                <span className="dash-item-main">
                  <span className="dash-item-title">{describe(item)}</span>
                  {item.subject && <span className="dash-item-sub">{item.subject}</span>}
                </span>
                <span className="dash-item-meta">
                  <time className="dash-item-sub nowrap" dateTime={item.at}>
                    {formatDateTime(item.at)}
                  </time>
                  <span className="dash-item-sub">{t('workspace.dashboard.by', { actor: item.actor })}</span>
                </span>
              </>
            );
            return (
              <li key={item.key} data-testid="activity-item">
                {item.href ? (
                  <a className="dash-item" href={item.href}>
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
    </section>
  );
}
