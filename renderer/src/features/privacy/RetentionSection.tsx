import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableExportMenu } from '../../components/TableExportMenu';
import { formatDate } from '../../format';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { ContactPrivacyActions } from './ContactPrivacyActions';
import { Pager } from '../../components/Pager';

const LIMIT = 50;

export function RetentionSection() {
  const { t } = useTranslation();
  const [monthsText, setMonthsText] = useState('24');
  const [offset, setOffset] = useState(0);
  const parsed = Number(useDebouncedValue(monthsText, 300));
  const months = Number.isInteger(parsed) && parsed >= 1 && parsed <= 240 ? parsed : 24;
  const list = useApiQuery('privacy.retention', { months, offset, limit: LIMIT });
  const page = list.data;
  return (
    <section className="panel" aria-labelledby="privacy-retention">
      <h2 id="privacy-retention" className="panel-title">
        {t('privacy.retentionTitle')}
      </h2>
      <p className="panel-note">{t('privacy.retentionText')}</p>
      <label className="field-inline">
        <span className="field-label">{t('privacy.retentionMonths')}</span>
        <input
          type="number"
          min={1}
          max={240}
          className="input input-narrow"
          value={monthsText}
          data-testid="retention-months"
          onChange={(event) => {
            setMonthsText(event.target.value);
            setOffset(0);
          }}
        />
      </label>
      {page && (
        <div className="export-row">
          <p className="muted" data-testid="retention-count">
            {t('privacy.retentionCount', { count: page.total, months })}
          </p>
          {page.total > 0 && (
            <TableExportMenu
              source={{ method: 'privacy.retention', input: { months }, fileName: t('tableExport.fileNames.retention') }}
              columns={[
                { id: 'name', label: t('privacy.colName'), exportAs: { key: 'name' } },
                { id: 'organisationName', label: t('privacy.colOrganisation'), exportAs: { key: 'organisationName' } },
                {
                  id: 'lastActivity',
                  label: t('privacy.colLastActivity'),
                  exportAs: { key: 'lastActivity', type: 'instantDate' },
                },
                { id: 'consentDate', label: t('privacy.colConsent'), exportAs: { key: 'consentDate', type: 'date' } },
              ]}
            />
          )}
        </div>
      )}
      {page && page.rows.length > 0 && (
        <table className="simple-table privacy-table">
          <thead>
            <tr>
              <th>{t('privacy.colName')}</th>
              <th>{t('privacy.colOrganisation')}</th>
              <th>{t('privacy.colLastActivity')}</th>
              <th>{t('privacy.colConsent')}</th>
              <th className="align-end">{t('privacy.colActions')}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((row) => (
              <tr key={row.contactId} data-testid="retention-row">
                <td>{row.name}</td>
                <td>{row.organisationName}</td>
                <td>{formatDate(row.lastActivity)}</td>
                <td>{row.consentDate ? formatDate(row.consentDate) : '—'}</td>
                <td className="align-end">
                  <ContactPrivacyActions contactId={row.contactId} name={row.name} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page && <Pager offset={offset} limit={LIMIT} total={page.total} onChange={setOffset} hideWhenSinglePage />}
    </section>
  );
}
