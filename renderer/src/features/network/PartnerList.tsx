import { useTranslation } from 'react-i18next';
import type { PartnerRow } from '../../../../electron/api/contract';
import { LoadState } from '../../components/LoadState';
import { useApiQuery } from '../../hooks/useApiQuery';

type Props = { kind: PartnerRow['kind']; title: string };

/** A short list of one kind of partner (universities, federations): few rows, no table needed. */
export function PartnerList({ kind, title }: Props) {
  const { t } = useTranslation();
  const partners = useApiQuery('network.listPartners', { kind });
  const headingId = `partners-${kind}`;
  return (
    <section className="panel partner-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        {title}
        {partners.data && <span className="count-pill">{partners.data.length}</span>}
      </h2>
      {!partners.data ? (
        <LoadState error={partners.error} onRetry={partners.reload} />
      ) : partners.data.length === 0 ? (
        <p className="muted">{t('network.partnersEmpty')}</p>
      ) : (
        <ul className="partner-list">
          {partners.data.map((partner) => (
            <li key={partner.id} className="partner-item" data-testid="partner-item">
              <div className="partner-main">
                <span className="partner-name">{partner.name}</span>
                {partner.shortName && partner.shortName !== partner.name && <span className="muted"> · {partner.shortName}</span>}
              </div>
              <div className="partner-meta muted small">
                {[partner.city, partner.sector, partner.website].filter(Boolean).join(' · ')}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
