import { useTranslation } from 'react-i18next';
import type { CollegeDetail } from '../../../../../electron/api/contract';
import { useVerifyFieldLabels } from '../useVerifyFieldLabels';

/** The college's data, with each guessed field flagged until the coordinator checked it. */
export function CollegeFacts({ college: c }: { college: CollegeDetail }) {
  const { t } = useTranslation();
  const verifyLabels = useVerifyFieldLabels();
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
      {c.notes && (
        <div className="college-notes">
          <h3 className="verify-title">{t('networkEdit.form.notes')}</h3>
          <p className="pre-wrap">{c.notes}</p>
        </div>
      )}
      {c.verifyFields.length > 0 && (
        <div className="verify-box" data-testid="verify-fields">
          <h3 className="verify-title">{t('college.verifyTitle')}</h3>
          <p>{t('college.verifyText')}</p>
          <ul>
            {verifyLabels(c.verifyFields).map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
          <p className="small">{t('networkEdit.college.verifyHowTo')}</p>
        </div>
      )}
    </section>
  );
}
