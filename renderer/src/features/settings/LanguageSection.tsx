import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../electron/api/contract';
import { call } from '../../api';
import { useNotices } from '../../app/NoticeContext';
import { applyLanguage } from '../../i18n';

// Type-checked against the contract's Language without importing the contract (and zod) at runtime.
const languageNames: Record<Language, true> = { nl: true, en: true };
const languages = Object.keys(languageNames) as Language[];

function isLanguage(value: string): value is Language {
  return Object.hasOwn(languageNames, value);
}

export function LanguageSection() {
  const { t, i18n } = useTranslation();
  const { notifySuccess, reportError } = useNotices();
  const [saving, setSaving] = useState(false);
  const current = isLanguage(i18n.language) ? i18n.language : 'nl';

  async function change(language: Language) {
    setSaving(true);
    try {
      // Persist first: the DB is the source of truth, the interface follows what was saved.
      const saved = await call('settings.update', { language });
      await applyLanguage(saved.language);
      notifySuccess(i18n.t('settings.languageSaved'));
    } catch (error) {
      reportError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="settings-language">
      <h2 id="settings-language" className="panel-title">
        {t('settings.languageTitle')}
      </h2>
      <div className="field">
        <label htmlFor="language-select" className="field-label">
          {t('settings.language')}
        </label>
        <select
          id="language-select"
          className="input select"
          value={current}
          disabled={saving}
          onChange={(event) => {
            if (isLanguage(event.target.value)) void change(event.target.value);
          }}
          aria-describedby="language-hint"
          data-testid="language-select"
        >
          {languages.map((language) => (
            <option key={language} value={language} lang={language}>
              {t(`settings.languages.${language}`)}
            </option>
          ))}
        </select>
        <p id="language-hint" className="muted small">
          {t('settings.languageHint')}
        </p>
      </div>
    </section>
  );
}
