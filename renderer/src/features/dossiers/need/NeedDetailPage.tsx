import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../../app/routes';
import { Alert } from '../../../components/Alert';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../format';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { AttachmentSection } from '../sections/AttachmentSection';
import { IntakeSection } from '../sections/IntakeSection';
import { TaskSection } from '../sections/TaskSection';
import { TimelineSection } from '../sections/TimelineSection';
import { TrajectSection } from '../sections/TrajectSection';
import { NeedReferralsSection } from '../../referrals/NeedReferralsSection';
import { StatusBadge } from '../shared/StatusBadge';
import { NeedFacts } from './NeedFacts';
import { StatusActions } from './StatusActions';

function BackLink() {
  const { t } = useTranslation();
  return (
    <a className="back-link" href={hrefFor('dossiers')} data-testid="back-link">
      <span aria-hidden="true">←</span> {t('dossiers.back')}
    </a>
  );
}

/** `#/dossiers/<id>`: everything about one need, with the moves its lifecycle allows. */
export function NeedDetailPage({ needId }: { needId: number }) {
  const { t } = useTranslation();
  const need = useApiQuery('needs.get', { id: needId }, { reportErrors: false });

  if (!need.data) {
    return (
      <div className="page">
        <PageHeader title={t('dossiers.title')} before={<BackLink />} />
        {need.error ? (
          <Alert kind="error">{need.error.code === 'NOT_FOUND' ? t('dossiers.notFound') : need.error.message}</Alert>
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
      </div>
    );
  }
  const n = need.data;
  return (
    <div className="page" data-testid="need-detail">
      <PageHeader
        title={n.title}
        subtitle={n.organisationName ?? t('dossiers.list.collective')}
        before={<BackLink />}
        actions={
          <a className="button" href={hrefFor('dossiers', n.id, 'bewerken')} data-testid="edit-need">
            {t('dossiers.edit')}
          </a>
        }
      />
      <section className="panel dossier-status-panel" aria-label={t('dossiers.list.columns.status')}>
        <div className="dossier-status-line">
          <StatusBadge status={n.status} />
          <span className="muted small" data-testid="need-status">
            {t('dossiers.detail.statusSince', { date: formatDate(n.statusChangedAt) })}
          </span>
          {n.status === 'gestopt' && n.stopReason && (
            <span className="small">
              <span className="muted">{t('dossiers.detail.stopReason')}:</span> {n.stopReason}
            </span>
          )}
        </div>
        <StatusActions need={n} />
      </section>
      <div className="dossier-layout">
        <div className="dossier-main">
          <IntakeSection need={n} />
          <NeedReferralsSection needId={n.id} closed={n.status === 'afgerond' || n.status === 'gestopt'} />
          <TrajectSection need={n} />
          <TimelineSection needId={n.id} />
        </div>
        <div className="dossier-side">
          <NeedFacts need={n} />
          <TaskSection needId={n.id} />
          <AttachmentSection needId={n.id} />
        </div>
      </div>
    </div>
  );
}
