import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/routes';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { useApiQuery } from '../../hooks/useApiQuery';
import { ExpertiseGroupList } from './ExpertiseGroupList';
import { useVerifyFieldLabels } from './useVerifyFieldLabels';
import { VerifyBadge } from './VerifyBadge';

function BackLink() {
  const { t } = useTranslation();
  return (
    <a className="back-link" href={hrefFor('netwerk')} data-testid="back-link">
      <span aria-hidden="true">←</span> {t('college.back')}
    </a>
  );
}

export function CollegeDetailPage({ collegeId }: { collegeId: number }) {
  const { t } = useTranslation();
  const verifyLabels = useVerifyFieldLabels();
  const college = useApiQuery('network.getCollege', { id: collegeId }, { reportErrors: false });

  if (!college.data) {
    return (
      <div className="page">
        <PageHeader title={t('network.title')} before={<BackLink />} />
        {college.error ? (
          <Alert kind="error">{college.error.code === 'NOT_FOUND' ? t('college.notFound') : college.error.message}</Alert>
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
      </div>
    );
  }

  const c = college.data;
  const facts: { field: string; label: string; value: string }[] = [
    { field: 'name', label: t('college.name'), value: c.name },
    { field: 'shortName', label: t('college.shortName'), value: c.shortName },
    { field: 'city', label: t('college.city'), value: c.city },
    { field: 'province', label: t('college.province'), value: c.provinceName ?? '' },
    // Text, not a link: the app does not open external sites.
    { field: 'website', label: t('college.website'), value: c.website },
    { field: 'association', label: t('college.association'), value: c.association },
    { field: 'active', label: t('college.status'), value: c.active ? t('college.active') : t('college.inactive') },
  ];
  const toCheck = new Set(c.verifyFields);

  return (
    <div className="page" data-testid="college-detail">
      <PageHeader
        title={c.name}
        subtitle={[c.shortName, c.city].filter(Boolean).join(' · ')}
        before={<BackLink />}
        actions={<VerifyBadge fields={c.verifyFields} />}
      />
      <div className="detail-layout">
        <section className="panel" aria-labelledby="college-facts">
          <h2 id="college-facts" className="panel-title">
            {t('college.details')}
          </h2>
          <dl className="facts">
            {facts.map(({ field, label, value }) => (
              <div key={field} className="fact" data-field={field}>
                <dt>{label}</dt>
                <dd>
                  {value || '—'}
                  {toCheck.has(field) && (
                    <span className="fact-flag" title={t('college.verifyTitle')}>
                      {t('network.verifyBadge')}
                    </span>
                  )}
                </dd>
              </div>
            ))}
          </dl>
          {c.verifyFields.length > 0 && (
            <div className="verify-box" data-testid="verify-fields">
              <h3 className="verify-title">{t('college.verifyTitle')}</h3>
              <p>{t('college.verifyText')}</p>
              <ul>
                {verifyLabels(c.verifyFields).map((label) => (
                  <li key={label}>{label}</li>
                ))}
              </ul>
            </div>
          )}
        </section>
        <ExpertiseGroupList groups={c.expertiseGroups} />
      </div>
    </div>
  );
}
