import { useTranslation } from 'react-i18next';
import type { ReferralDetail, ReferralLetter } from '../../../../electron/api/contract';
import { useNotices } from '../../app/NoticeContext';

/** The referral letter, ready to paste into an e-mail; kept as sent once the referral is sent. */
export function LetterPanel({ referral, letter }: { referral: ReferralDetail; letter: ReferralLetter | undefined }) {
  const { t } = useTranslation();
  const { notifySuccess, reportError } = useNotices();
  if (!letter) return null;
  const sent = referral.sentAt !== null;
  const copy = () => {
    const text = `${t('referrals.detail.subject')}: ${letter.subject}\n\n${letter.body}`;
    navigator.clipboard.writeText(text).then(
      () => notifySuccess(t('referrals.detail.copied')),
      () => reportError(new Error(t('referrals.detail.copyFailed'))),
    );
  };
  return (
    <section className="panel" aria-labelledby="referral-letter-title" data-testid="referral-letter">
      <div className="panel-header">
        <div>
          <h2 id="referral-letter-title" className="panel-title">
            {t('referrals.detail.letter')}
          </h2>
          <p className="muted small">{sent ? t('referrals.detail.letterSent') : t('referrals.detail.letterDraft')}</p>
        </div>
        <button type="button" className="button button-small" onClick={copy} data-testid="letter-copy">
          {t('referrals.detail.copy')}
        </button>
      </div>
      <dl className="referral-letter-head">
        <dt>{t('referrals.detail.to')}</dt>
        <dd>{letter.to ?? <span className="muted">{t('referrals.detail.noAddress')}</span>}</dd>
        <dt>{t('referrals.detail.subject')}</dt>
        <dd>{letter.subject}</dd>
      </dl>
      <pre className="referral-letter" data-testid="letter-body">
        {letter.body}
      </pre>
      <p className="muted small" data-testid="letter-consent">
        {letter.includesContact ? t('referrals.detail.consentIn') : t('referrals.detail.consentOut')}
      </p>
    </section>
  );
}
