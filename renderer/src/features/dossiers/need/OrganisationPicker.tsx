import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';

type Chosen = { id: number; name: string } | null;

type Props = {
  id: string;
  value: Chosen;
  onChange: (value: Chosen) => void;
  invalid: boolean;
  describedBy: string | undefined;
};

/** Search-as-you-type over the organisations table (in SQL), then one click to choose. */
export function OrganisationPicker({ id, value, onChange, invalid, describedBy }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim(), 200);
  const options = useApiQuery('dossiers.organisationOptions', { search, limit: 8 });

  if (value) {
    return (
      <div className="dossier-picked" data-testid="organisation-chosen">
        <strong>{value.name}</strong>
        <button type="button" className="button button-small" onClick={() => onChange(null)}>
          {t('dossiers.form.change')}
        </button>
      </div>
    );
  }
  const list = options.data ?? [];
  return (
    <div className="dossier-picker">
      <input
        id={id}
        type="search"
        className="input"
        value={text}
        placeholder={t('dossiers.form.organisationPlaceholder')}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onChange={(e) => setText(e.target.value)}
        data-testid="organisation-search"
      />
      <ul className="dossier-picker-list" aria-label={t('dossiers.form.organisationSearch')}>
        {list.map((org) => (
          <li key={org.id}>
            <button type="button" className="dossier-picker-option" onClick={() => onChange({ id: org.id, name: org.name })}>
              <span>{org.name}</span>
              {org.city && <span className="muted small">{org.city}</span>}
            </button>
          </li>
        ))}
        {options.data && list.length === 0 && <li className="muted small">{t('dossiers.form.organisationNone')}</li>}
      </ul>
    </div>
  );
}
