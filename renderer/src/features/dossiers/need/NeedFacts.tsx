import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedDetail } from '../../../../../electron/api/contract';
import { hrefFor } from '../../../app/routes';
import { formatDate } from '../../../format';

/** The need's fields as a definition list (edited on its own page). */
export function NeedFacts({ need }: { need: NeedDetail }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language.startsWith('en');
  const none = <span className="muted">—</span>;
  const facts: { key: string; label: string; value: ReactNode }[] = [
    {
      key: 'organisation',
      label: t('dossiers.detail.organisation'),
      value: need.organisationId ? <a href={hrefFor('organisaties', need.organisationId)}>{need.organisationName}</a> : none,
    },
    { key: 'contact', label: t('dossiers.detail.contact'), value: need.contactName ?? none },
    {
      key: 'themes',
      label: t('dossiers.detail.themes'),
      value:
        need.themes.length > 0 ? (
          <span className="chips">
            {need.themes.map((th) => (
              <span key={th.id} className="chip">
                {english ? th.nameEn : th.nameNl}
              </span>
            ))}
          </span>
        ) : (
          none
        ),
    },
    {
      key: 'knowledgeKind',
      label: t('dossiers.detail.knowledgeKind'),
      value: need.knowledgeKind ? t(`dossiers.knowledgeKind.${need.knowledgeKind}`) : none,
    },
    { key: 'urgency', label: t('dossiers.detail.urgency'), value: t(`dossiers.urgency.${need.urgency}`) },
    { key: 'budget', label: t('dossiers.detail.budget'), value: need.budgetIndication || none },
    { key: 'source', label: t('dossiers.detail.source'), value: t(`dossiers.source.${need.source}`) },
    { key: 'owner', label: t('dossiers.detail.owner'), value: need.owner || none },
    { key: 'created', label: t('dossiers.detail.created'), value: formatDate(need.createdAt) },
  ];
  return (
    <section className="panel" aria-labelledby="need-facts">
      <h2 id="need-facts" className="panel-title">
        {t('dossiers.detail.facts')}
      </h2>
      <dl className="facts">
        {facts.map((f) => (
          <div key={f.key} className="fact" data-field={f.key}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      {(need.question || need.smart) && (
        <div className="dossier-texts">
          {need.question && (
            <div>
              <h3 className="dossier-subtitle">{t('dossiers.detail.question')}</h3>
              <p className="dossier-prose">{need.question}</p>
            </div>
          )}
          {need.smart && (
            <div>
              <h3 className="dossier-subtitle">{t('dossiers.detail.smart')}</h3>
              <p className="dossier-prose">{need.smart}</p>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
