import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/routes';
import { LoadState } from '../../components/LoadState';
import { useApiQuery } from '../../hooks/useApiQuery';
import { formatDay, useOverdueCheck } from './shared';

const SHOWN = 6;

/** Dashboard: referrals waiting past their response deadline, the longest overdue first. */
export function OverdueReferralsPanel() {
  const { t } = useTranslation();
  useOverdueCheck();
  const query = useApiQuery('referrals.overdue', { limit: SHOWN }, { reportErrors: false });
  const page = query.data;
  return (
    <section className="panel" aria-labelledby="dashboard-overdue-referrals" data-testid="overdue-referrals">
      <h2 id="dashboard-overdue-referrals" className="panel-title">
        {t('referrals.dashboard.title')}
        {page && page.total > 0 && (
          <span className="count-pill count-pill-warning" data-testid="overdue-referral-count">
            {page.total.toLocaleString('nl-BE')}
          </span>
        )}
      </h2>
      {!page ? (
        <LoadState error={query.error} onRetry={query.reload} />
      ) : page.rows.length === 0 ? (
        <p className="muted">{t('referrals.dashboard.none')}</p>
      ) : (
        <ul className="dash-list">
          {page.rows.map((r) => (
            <li key={r.id} data-testid="overdue-referral">
              <a className="dash-item" href={hrefFor('doorverwijzingen', r.id)}>
                <span className="dash-item-main">
                  <span className="dash-item-title">{r.needTitle}</span>
                  <span className="dash-item-sub">
                    → {r.destinationName}
                    {r.organisationName ? ` · ${r.organisationName}` : ''}
                  </span>
                </span>
                <span className="dash-item-meta">
                  <span className="badge badge-warning">{t(`referrals.status.${r.status}`)}</span>
                  <span className="dash-item-sub">{t('referrals.dashboard.due', { date: formatDay(r.responseDeadline) })}</span>
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {page && page.total > page.rows.length && (
        <a className="small" href={`${hrefFor('doorverwijzingen')}?te-laat`}>
          {t('referrals.dashboard.more', { count: page.total - page.rows.length })}
        </a>
      )}
    </section>
  );
}
