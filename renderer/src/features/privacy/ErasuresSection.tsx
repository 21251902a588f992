import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableExportMenu } from '../../components/TableExportMenu';
import { formatDateTime } from '../../format';
import { useApiQuery } from '../../hooks/useApiQuery';
import { Pager } from '../../components/Pager';

const LIMIT = 20;

export function ErasuresSection() {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const list = useApiQuery('privacy.erasures', { offset, limit: LIMIT });
  const page = list.data;
  return (
    <section className="panel" aria-labelledby="privacy-erasures" data-testid="privacy-erasures">
      <h2 id="privacy-erasures" className="panel-title">
        {t('privacy.erasuresTitle')}
      </h2>
      <div className="export-row">
        <p className="panel-note">{t('privacy.erasuresText')}</p>
        {page && page.total > 0 && (
          <TableExportMenu
            source={{ method: 'privacy.erasures', input: {}, fileName: t('tableExport.fileNames.erasures') }}
            columns={[
              { id: 'at', label: t('privacy.colWhen'), exportAs: { key: 'at', type: 'instant' } },
              { id: 'contact', label: t('privacy.colContact'), exportAs: { key: 'entityId', type: 'number' } },
              { id: 'actor', label: t('privacy.colWho'), exportAs: { key: 'actor' } },
              { id: 'reason', label: t('privacy.colReason'), exportAs: { key: 'reason' } },
            ]}
          />
        )}
      </div>
      {page && page.rows.length === 0 && <p className="muted">{t('privacy.noErasures')}</p>}
      {page && page.rows.length > 0 && (
        <table className="simple-table">
          <thead>
            <tr>
              <th>{t('privacy.colWhen')}</th>
              <th>{t('privacy.colContact')}</th>
              <th>{t('privacy.colWho')}</th>
              <th>{t('privacy.colReason')}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((row) => (
              <tr key={row.id} data-testid="erasure-row">
                <td>{formatDateTime(row.at)}</td>
                <td className="mono">#{row.entityId}</td>
                <td>{row.actor}</td>
                <td>{row.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page && <Pager offset={offset} limit={LIMIT} total={page.total} onChange={setOffset} hideWhenSinglePage />}
    </section>
  );
}
