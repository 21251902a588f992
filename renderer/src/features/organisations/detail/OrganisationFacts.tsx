import { useTranslation } from 'react-i18next';
import type { OrganisationDetail } from '../../../../../electron/api/contract';
import { formatEnterpriseNumber } from '../../../../../electron/api/contract/rules/enterprise-number';
import { formatDateTime } from '../../../format';

/** The organisation's own data as a definition list. */
export function OrganisationFacts({ organisation: o }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const address = [o.street, [o.postcode, o.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const facts: { field: string; label: string; value: React.ReactNode }[] = [
    {
      field: 'legalForm',
      label: t('organisations.fields.legalForm'),
      value: o.legalForm ? t(`organisations.legalForms.${o.legalForm}`) : '',
    },
    {
      field: 'enterpriseNumber',
      label: t('organisations.fields.enterpriseNumber'),
      value: o.enterpriseNumber ? <span className="mono">{formatEnterpriseNumber(o.enterpriseNumber)}</span> : '',
    },
    { field: 'address', label: t('organisations.form.sectionAddress'), value: address },
    {
      field: 'province',
      label: t('organisations.fields.province'),
      value: o.provinceName ? (
        <span className="org-inline">
          {o.provinceName}
          {o.outsideFlanders && <span className="badge badge-warning">{t('organisations.outsideFlanders')}</span>}
        </span>
      ) : (
        ''
      ),
    },
    {
      field: 'federations',
      label: t('organisations.fields.federations'),
      value:
        o.federations.length > 0 ? (
          <ul className="chips">
            {o.federations.map((f) => (
              <li key={f.id} className="chip">
                {f.name}
              </li>
            ))}
          </ul>
        ) : (
          <span className="muted">{t('organisations.detail.federationsNone')}</span>
        ),
    },
    { field: 'sector', label: t('organisations.fields.sector'), value: o.sector },
    { field: 'size', label: t('organisations.fields.size'), value: o.size ? t(`organisations.sizes.${o.size}`) : '' },
    // Text, not a link: the app does not open external sites.
    { field: 'website', label: t('organisations.fields.website'), value: o.website },
    {
      field: 'status',
      label: t('organisations.detail.status'),
      value: o.active ? t('organisations.detail.active') : t('organisations.detail.inactive'),
    },
    { field: 'updatedAt', label: t('organisations.detail.updated'), value: formatDateTime(o.updatedAt) },
  ];
  return (
    <section className="panel" aria-labelledby="organisation-facts">
      <h2 id="organisation-facts" className="panel-title">
        {t('organisations.detail.data')}
      </h2>
      <dl className="facts org-facts">
        {facts.map(({ field, label, value }) => (
          <div key={field} className="fact" data-field={field}>
            <dt>{label}</dt>
            <dd>{value || '—'}</dd>
          </div>
        ))}
      </dl>
      {o.notes && (
        <div className="org-notes">
          <h3 className="field-label">{t('organisations.fields.notes')}</h3>
          <p>{o.notes}</p>
        </div>
      )}
    </section>
  );
}
