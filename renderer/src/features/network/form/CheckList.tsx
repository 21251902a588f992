import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldSet } from '../../../components/form/FieldSet';

export type CheckOption = { id: number; label: string; detail?: string; inactive?: boolean };

type Props = {
  legend: string;
  options: CheckOption[];
  selected: number[];
  onChange: (ids: number[]) => void;
  error?: string | undefined;
  hint?: string;
  testId?: string;
  /** Show a filter box above long lists. */
  filterable?: boolean;
};

/** Many-of-many as checkboxes in a scrolling box; inactive options show only when already chosen. */
export function CheckList({ legend, options, selected, onChange, error, hint, testId, filterable = false }: Props) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const chosen = new Set(selected);
  const needle = filter.trim().toLocaleLowerCase();
  const visible = options.filter(
    (o) =>
      (!o.inactive || chosen.has(o.id)) && (needle === '' || `${o.label} ${o.detail ?? ''}`.toLocaleLowerCase().includes(needle)),
  );

  function toggle(id: number, on: boolean) {
    onChange(on ? [...selected, id] : selected.filter((x) => x !== id));
  }

  return (
    <FieldSet legend={`${legend} (${selected.length})`} error={error} hint={hint} testId={testId}>
      {filterable && (
        <input
          type="search"
          className="input checklist-filter"
          value={filter}
          placeholder={t('networkEdit.form.filterList')}
          aria-label={t('networkEdit.form.filterListLabel', { list: legend })}
          onChange={(e) => setFilter(e.target.value)}
          onKeyDown={(e) => {
            // Enter in the filter should not submit the whole form.
            if (e.key === 'Enter') e.preventDefault();
          }}
        />
      )}
      <div className="checklist">
        {visible.length === 0 && <p className="muted small">{t('networkEdit.form.nothingToChoose')}</p>}
        {visible.map((o) => (
          <label key={o.id} className="checklist-item">
            <input type="checkbox" checked={chosen.has(o.id)} onChange={(e) => toggle(o.id, e.target.checked)} />
            <span>
              {o.label}
              {o.detail && <span className="muted small"> · {o.detail}</span>}
              {o.inactive && <span className="badge checklist-badge">{t('network.inactive')}</span>}
            </span>
          </label>
        ))}
      </div>
    </FieldSet>
  );
}
