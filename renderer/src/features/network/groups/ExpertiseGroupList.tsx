import { useTranslation } from 'react-i18next';
import type { ExpertiseGroupRow } from '../../../../../electron/api/contract';
import { hrefFor } from '../../../app/routes';
import { useThemes } from '../lookups';
import { CapacityBadge } from './CapacityBadge';

/** The groups of one college, each linking to its own page. */
export function ExpertiseGroupList({ groups, onAdd }: { groups: ExpertiseGroupRow[]; onAdd: () => void }) {
  const { t } = useTranslation();
  const { nameOf } = useThemes();
  const activeCount = groups.filter((g) => g.active).length;
  return (
    <section className="panel" aria-labelledby="college-groups">
      <div className="panel-header">
        <h2 id="college-groups" className="panel-title">
          {t('college.groupsTitle')}
          <span className="count-pill">{activeCount}</span>
        </h2>
        <button type="button" className="button button-small" onClick={onAdd} data-testid="group-add">
          {t('networkEdit.group.add')}
        </button>
      </div>
      {groups.length === 0 ? (
        <p className="muted">{t('college.groupsEmpty')}</p>
      ) : (
        <ul className="group-list">
          {groups.map((group) => (
            <li key={group.id} className={group.active ? 'group-item' : 'group-item is-inactive'} data-testid="expertise-group">
              <div className="group-heading">
                <h3 className="group-name">
                  <a href={hrefFor('netwerk', 'groepen', group.id)} data-testid="group-link">
                    {group.name}
                  </a>
                </h3>
                <CapacityBadge capacity={group.capacity} note={group.capacityNote} />
                {!group.active && <span className="badge">{t('network.inactive')}</span>}
                <span className="muted small group-experts">
                  {t('networkEdit.group.expertCount', { count: group.expertCount })}
                </span>
              </div>
              {group.description && <p className="group-description">{group.description}</p>}
              {(group.themeIds.length > 0 || group.keywords.length > 0) && (
                <ul className="chips" aria-label={t('college.keywords')}>
                  {group.themeIds.map((id) => (
                    <li key={`t${id}`} className="chip chip-theme">
                      {nameOf(id)}
                    </li>
                  ))}
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
