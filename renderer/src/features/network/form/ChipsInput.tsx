import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  label: string;
  values: string[];
  onChange: (values: string[]) => void;
  error?: string | undefined;
};

/**
 * Free keywords as chips: Enter or a comma adds what was typed, Backspace in an empty box removes
 * the last chip. Enter in an empty box is left alone, so it still submits the form.
 */
export function ChipsInput({ label, values, onChange, error }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState('');

  function add(text: string) {
    const parts = text
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    const next = [...values];
    for (const part of parts) {
      if (!next.some((v) => v.toLocaleLowerCase() === part.toLocaleLowerCase())) next.push(part);
    }
    onChange(next);
    setDraft('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if ((event.key === 'Enter' || event.key === ',') && draft.trim() !== '') {
      event.preventDefault();
      add(draft);
    } else if (event.key === 'Backspace' && draft === '' && values.length > 0) {
      onChange(values.slice(0, -1));
    }
  }

  return (
    <div className={error ? 'form-field has-error' : 'form-field'}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className="chips-input">
        {values.map((value) => (
          <span key={value} className="chip chip-removable" data-testid="keyword-chip">
            {value}
            <button
              type="button"
              className="chip-remove"
              aria-label={t('networkEdit.form.removeKeyword', { keyword: value })}
              onClick={() => onChange(values.filter((v) => v !== value))}
            >
              ×
            </button>
          </span>
        ))}
        <input
          id={id}
          className="chips-input-field"
          value={draft}
          placeholder={values.length === 0 ? t('networkEdit.form.keywordPlaceholder') : ''}
          onChange={(e) => {
            if (e.target.value.includes(',')) add(e.target.value);
            else setDraft(e.target.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            if (draft.trim() !== '') add(draft);
          }}
          aria-describedby={`${id}-hint`}
          aria-invalid={error ? true : undefined}
          data-testid="keyword-input"
        />
      </div>
      {error ? (
        <span className="field-error">{error}</span>
      ) : (
        <span id={`${id}-hint`} className="form-hint muted small">
          {t('networkEdit.form.keywordHint')}
        </span>
      )}
    </div>
  );
}
