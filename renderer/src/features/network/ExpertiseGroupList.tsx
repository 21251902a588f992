import { useTranslation } from 'react-i18next';
import type { ExpertiseGroupRow } from '../../../../electron/api/contract';

export function ExpertiseGroupList({ groups }: { groups: ExpertiseGroupRow[] }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="college-groups">
      <h2 id="college-groups" className="panel-title">
        {t('college.groupsTitle')}
        <span className="count-pill">{groups.length}</span>
      </h2>
      {groups.length === 0 ? (
        <p className="muted">{t('college.groupsEmpty')}</p>
      ) : (
        <ul className="group-list">
          {groups.map((group) => (
            <li key={group.id} className="group-item" data-testid="expertise-group">
              <h3 className="group-name">{group.name}</h3>
              {group.description && <p className="group-description">{group.description}</p>}
              {group.keywords.length > 0 && (
                <ul className="chips" aria-label={t('college.keywords')}>
                  {group.keywords.map((keyword) => (
                    <li key={keyword} className="chip">
                      {keyword}
                    </li>
                  ))}
                </ul>
              )}
              {group.sourceUrl && (
                <p className="group-source small">
                  <span className="muted">{t('college.source')}: </span>
                  {/* Shown as text on purpose: the app does not open external sites. */}
                  <span className="mono break-all">{group.sourceUrl}</span>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
