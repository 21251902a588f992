import { useTranslation } from 'react-i18next';
import type { DuplicateCandidate } from '../../../../../electron/api/contract';
import { formatEnterpriseNumber } from '../../../../../electron/api/contract/rules/enterprise-number';
import { hrefFor } from '../../../app/routes';

type Props = {
  candidates: DuplicateCandidate[];
  confirmed: boolean;
  onConfirm: (value: boolean) => void;
  mustConfirm: boolean;
};

/** "Dit lijkt op X": shown while typing, before saving, with a link to each look-alike. */
export function DuplicateWarning({ candidates, confirmed, onConfirm, mustConfirm }: Props) {
  const { t } = useTranslation();
  if (candidates.length === 0) return null;
  // The same enterprise number cannot be confirmed away: the server refuses it at the field.
  const confirmable = candidates.some((c) => c.reasons.some((r) => r !== 'enterpriseNumber'));
  return (
    <div className="org-duplicates" role="status" data-testid="duplicate-warning">
      <strong className="org-duplicates-title">{t('organisations.duplicates.title')}</strong>
      <p className="small">{t('organisations.duplicates.intro')}</p>
      <ul className="org-duplicates-list">
        {candidates.map((c) => (
          <li key={c.id}>
            <span>
              {t('organisations.duplicates.looksLike')}{' '}
              <a href={hrefFor('organisaties', c.id)} target="_self" data-testid="duplicate-link">
                {c.name}
              </a>
              {!c.active && <span className="muted"> ({t('organisations.duplicates.inactive')})</span>}
            </span>
            <span className="muted small">
              {[c.postcode && `${c.postcode} ${c.city}`.trim(), c.enterpriseNumber && formatEnterpriseNumber(c.enterpriseNumber)]
                .filter(Boolean)
                .join(' · ')}
              {' — '}
              {c.reasons.map((r) => t(`organisations.duplicates.reasons.${r}`)).join(', ')}
            </span>
          </li>
        ))}
      </ul>
      {confirmable && (
        <label className="org-duplicates-confirm">
          <input
            type="checkbox"
            checked={confirmed}
            onChange={(e) => onConfirm(e.target.checked)}
            data-testid="confirm-duplicate"
          />
          <span>{t('organisations.duplicates.confirm')}</span>
        </label>
      )}
      {mustConfirm && !confirmed && confirmable && (
        <span className="org-field-error">{t('organisations.duplicates.mustConfirm')}</span>
      )}
    </div>
  );
}
