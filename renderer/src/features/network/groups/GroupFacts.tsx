import { useTranslation } from 'react-i18next';
import type { GroupDetail } from '../../../../../electron/api/contract';
import { hrefFor } from '../../../app/routes';
import { useThemes } from '../lookups';
import { CapacityBadge } from './CapacityBadge';

export function GroupFacts({ group: g }: { group: GroupDetail }) {
  const { t } = useTranslation();
  const { nameOf } = useThemes();
  const contact = g.experts.find((e) => e.id === g.contactExpertId);
  return (
    <section className="panel" aria-labelledby="group-facts">
      <h2 id="group-facts" className="panel-title">
        {t('college.details')}
      </h2>
      <dl className="facts">
        <div className="fact">
          <dt>{t('networkEdit.group.college')}</dt>
          <dd>
            <a href={hrefFor('netwerk', g.collegeId)}>{g.collegeName}</a>
          </dd>
        </div>
        <div className="fact">
          <dt>{t('networkEdit.group.capacity')}</dt>
          <dd className="fact-stack">
            <CapacityBadge capacity={g.capacity} />
            {g.capacityNote && <span className="muted small">{g.capacityNote}</span>}
          </dd>
        </div>
        <div className="fact">
          <dt>{t('networkEdit.group.contact')}</dt>
          <dd data-testid="group-contact">
            {contact
              ? [contact.firstName, contact.lastName].filter(Boolean).join(' ')
              : g.contactExpertId
                ? t('networkEdit.group.contactElsewhere')
                : '—'}
          </dd>
        </div>
        <div className="fact">
          <dt>{t('networkEdit.group.themes')}</dt>
          <dd>
            {g.themeIds.length === 0 ? (
              '—'
            ) : (
              <ul className="chips" data-testid="group-theme-chips">
                {g.themeIds.map((id) => (
                  <li key={id} className="chip chip-theme">
                    {nameOf(id)}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div className="fact">
          <dt>{t('networkEdit.group.keywords')}</dt>
          <dd>
            {g.keywords.length === 0 ? (
              '—'
            ) : (
              <ul className="chips">
                {g.keywords.map((k) => (
                  <li key={k} className="chip">
                    {k}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div className="fact">
          <dt>{t('college.status')}</dt>
          <dd>{g.active ? t('college.active') : t('college.inactive')}</dd>
        </div>
      </dl>
      {g.description && <p className="pre-wrap">{g.description}</p>}
      {g.sourceUrl && (
        <p className="group-source small">
          <span className="muted">{t('college.source')}: </span>
          {/* Text on purpose: the app does not open external sites. */}
          <span className="mono break-all">{g.sourceUrl}</span>
        </p>
      )}
    </section>
  );
}
