import { useTranslation } from 'react-i18next';
import type { SearchHit, SearchResult } from '../../../../electron/api/contract';

type Props = {
  id: string;
  result: SearchResult | undefined;
  activeKey: string | null;
  onActivate: (hit: SearchHit) => void;
  onHover: (hit: SearchHit) => void;
};

export function optionId(hit: SearchHit): string {
  return `search-option-${hit.kind}-${hit.id}`;
}

/** The results as one listbox with a group per kind; the input keeps focus (aria-activedescendant). */
export function SearchResults({ id, result, activeKey, onActivate, onHover }: Props) {
  const { t } = useTranslation();
  return (
    <div id={id} role="listbox" aria-label={t('workspace.search.resultsLabel')} className="search-results">
      {result?.groups.map((group) => (
        <div key={group.kind} role="group" aria-labelledby={`search-group-${group.kind}`} className="search-group">
          <div id={`search-group-${group.kind}`} className="search-group-title" aria-hidden="true">
            {t(`workspace.search.kinds.${group.kind}`)}
          </div>
          {group.hits.map((hit) => {
            const key = optionId(hit);
            return (
              <div
                key={key}
                id={key}
                role="option"
                aria-selected={key === activeKey}
                className={key === activeKey ? 'search-option is-active' : 'search-option'}
                data-testid="search-option"
                // Keep focus in the input: the list is navigated with aria-activedescendant.
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => onHover(hit)}
                onClick={() => onActivate(hit)}
              >
                <span className="search-option-main">
                  <span className="search-option-title">{hit.title}</span>
                  {hit.subtitle && <span className="search-option-subtitle">{hit.subtitle}</span>}
                </span>
                {hit.status && (
                  <span className="badge">{t(`workspace.needStatus.${hit.status}`, { defaultValue: hit.status })}</span>
                )}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
