import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanRowView } from '../../../../electron/api/contract';
import { useApiQuery } from '../../hooks/useApiQuery';

type Props = {
  row: PlanRowView;
  chosen: number | 'new' | undefined;
  onChoose: (index: number, organisationId: number | 'new' | null) => void;
};

/**
 * The coordinator overrides a row's match: a new organisation, or an existing one found by a small
 * search (the organisations list with its search). `null` goes back to the automatic match.
 */
export function MatchOverride({ row, chosen, onChoose }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <button
        type="button"
        className="link-button import-match-change"
        data-testid="import-match-change"
        onClick={() => setOpen(true)}
      >
        {chosen === undefined ? t('imports.match.change') : t('imports.match.changed')}
      </button>
    );
  const choose = (id: number | 'new' | null) => {
    setOpen(false);
    onChoose(row.index, id);
  };
  return (
    <div className="import-match-override" data-testid="import-match-override">
      <div className="import-match-choices">
        <button type="button" className="button button-small" data-testid="import-match-new" onClick={() => choose('new')}>
          {t('imports.match.chooseNew')}
        </button>
        {chosen !== undefined && (
          <button type="button" className="button button-small" onClick={() => choose(null)}>
            {t('imports.match.chooseAuto')}
          </button>
        )}
        <button type="button" className="link-button" onClick={() => setOpen(false)}>
          {t('imports.match.cancel')}
        </button>
      </div>
      <OrganisationSearch sourceRow={row.sourceRow} onPick={(id) => choose(id)} />
    </div>
  );
}

function OrganisationSearch({ sourceRow, onPick }: { sourceRow: number; onPick: (id: number) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const found = useApiQuery('organisations.list', { search: search.trim() || undefined, offset: 0, limit: 6 });
  return (
    <div className="import-match-search">
      <input
        className="input"
        type="search"
        value={search}
        placeholder={t('imports.match.searchPlaceholder')}
        aria-label={t('imports.match.searchLabel', { row: sourceRow })}
        data-testid="import-match-search"
        onChange={(event) => setSearch(event.target.value)}
      />
      {search.trim() !== '' && found.data && (
        <ul className="import-match-results">
          {found.data.rows.length === 0 && <li className="muted">{t('imports.match.noResults')}</li>}
          {found.data.rows.map((org) => (
            <li key={org.id}>
              <button type="button" className="link-button" data-testid="import-match-result" onClick={() => onPick(org.id)}>
                {org.name}
              </button>{' '}
              <span className="muted small">
                #{org.id}
                {org.postcode ? ` · ${org.postcode} ${org.city}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
