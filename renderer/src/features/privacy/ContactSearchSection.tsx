import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { ContactPrivacyActions } from './ContactPrivacyActions';

const LIMIT = 20;

export function ContactSearchSection() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim(), 250);
  const enabled = search.length >= 2;
  const found = useApiQuery('privacy.findContacts', { search: enabled ? search : '', offset: 0, limit: LIMIT });
  const rows = enabled ? (found.data?.rows ?? []) : [];
  return (
    <section className="panel" aria-labelledby="privacy-find">
      <h2 id="privacy-find" className="panel-title">
        {t('privacy.findTitle')}
      </h2>
      <label className="field">
        <span className="field-label">{t('privacy.findLabel')}</span>
        <input
          type="search"
          className="input"
          value={text}
          placeholder={t('privacy.findPlaceholder')}
          data-testid="privacy-search"
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      {enabled && !found.loading && rows.length === 0 && <p className="muted">{t('privacy.noResults')}</p>}
      {rows.length > 0 && (
        <table className="simple-table privacy-table">
          <thead>
            <tr>
              <th>{t('privacy.colName')}</th>
              <th>{t('privacy.colOrganisation')}</th>
              <th>{t('privacy.colEmail')}</th>
              <th className="align-end">{t('privacy.colActions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.contactId} data-testid="privacy-contact-row">
                <td>
                  {row.name} {row.erased && <span className="badge badge-neutral">{t('privacy.erased')}</span>}
                </td>
                <td>{row.organisationName}</td>
                <td className="mono">{row.email ?? '—'}</td>
                <td className="align-end">
                  <ContactPrivacyActions contactId={row.contactId} name={row.name} erased={row.erased} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
