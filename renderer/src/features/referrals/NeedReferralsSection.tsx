import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/routes';
import { useApiQuery } from '../../hooks/useApiQuery';
import { ReferFlow } from './ReferFlow';
import { formatDay, ReferralStatusBadge } from './shared';

/** The need's referrals (with their chain position) and the "Doorverwijzen" flow. */
export function NeedReferralsSection({ needId, closed = false }: { needId: number; closed?: boolean }) {
  const { t } = useTranslation();
  const list = useApiQuery('referrals.byNeed', { needId });
  const [open, setOpen] = useState(false);
  const rows = list.data ?? [];
  return (
    <section className="panel" aria-labelledby="need-referrals-title" data-testid="need-referrals">
      <div className="panel-header">
        <h2 id="need-referrals-title" className="panel-title">
          {t('referrals.need.title')}
          {rows.length > 0 && <span className="count-pill">{rows.length}</span>}
        </h2>
        {!closed && (
          <button
            type="button"
            className="button button-small button-primary"
            onClick={() => setOpen(true)}
            data-testid="refer-open"
          >
            {t('referrals.need.refer')}
          </button>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="muted">{t('referrals.need.none')}</p>
      ) : (
        <ul className="dash-list referral-need-list">
          {rows.map((r) => (
            <li key={r.id} data-testid="need-referral">
              <a
                className={`dash-item${r.overdue ? ' is-overdue' : ''}`}
                href={hrefFor('doorverwijzingen', r.id)}
                style={{ paddingInlineStart: r.parentId ? 24 : undefined }}
              >
                <span className="dash-item-main">
                  <span className="dash-item-title">
                    {r.parentId ? '↳ ' : ''}
                    {r.destinationName}
                  </span>
                  <span className="dash-item-sub">
                    {t(`referrals.kind.${r.destinationKind}`)} · {t(`referrals.next.${r.nextStep}`)}
                  </span>
                </span>
                <span className="dash-item-meta">
                  <ReferralStatusBadge status={r.status} overdue={r.overdue} />
                  {r.responseDeadline && (
                    <span className="dash-item-sub">{t('referrals.need.deadline', { date: formatDay(r.responseDeadline) })}</span>
                  )}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {open && <ReferFlow needId={needId} onClose={() => setOpen(false)} />}
    </section>
  );
}
