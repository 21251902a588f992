import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralDetail, ReferralLetter } from '../../../../electron/api/contract';
import { referralTransitions } from '../../../../electron/api/contract/referral/lifecycle';
import { hrefFor, navigate } from '../../app/routes';
import { useSave } from '../../components/form/useSave';
import { CancelDialog, CloseDialog, DeclineDialog, PassOnDialog, SendDialog } from './StepDialogs';

type Dialog = 'send' | 'decline' | 'close' | 'passOn' | 'cancel' | null;

/** Exactly the moves the lifecycle allows from the current status, as buttons. */
export function ReferralActions({ referral, letter }: { referral: ReferralDetail; letter: ReferralLetter | undefined }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const step = useSave({ reportErrors: 'all' });
  const allowed = referralTransitions[referral.status];
  const done = (r?: ReferralDetail) => {
    setDialog(null);
    // Passing on returns the child: follow the chain to it.
    if (r && r.id !== referral.id) navigate(hrefFor('doorverwijzingen', r.id));
  };
  const direct = (method: 'referrals.accept' | 'referrals.start' | 'referrals.expire') =>
    void step.save(method, { id: referral.id }, t('referrals.actions.saved'));

  const canExpire = allowed.includes('verlopen') && referral.overdue;
  return (
    <div className="referral-actions" data-testid="referral-actions">
      {allowed.includes('verstuurd') && (
        <button type="button" className="button button-primary" onClick={() => setDialog('send')} data-testid="action-send">
          {t('referrals.actions.send')}
        </button>
      )}
      {allowed.includes('aanvaard') && (
        <button
          type="button"
          className="button button-primary"
          disabled={step.busy}
          onClick={() => direct('referrals.accept')}
          data-testid="action-accept"
        >
          {t('referrals.actions.accept')}
        </button>
      )}
      {allowed.includes('lopend') && (
        <button
          type="button"
          className="button button-primary"
          disabled={step.busy}
          onClick={() => direct('referrals.start')}
          data-testid="action-start"
        >
          {t('referrals.actions.start')}
        </button>
      )}
      {allowed.includes('afgerond') && (
        <button type="button" className="button" onClick={() => setDialog('close')} data-testid="action-close">
          {t('referrals.actions.close')}
        </button>
      )}
      {allowed.includes('geweigerd') && (
        <button type="button" className="button" onClick={() => setDialog('decline')} data-testid="action-decline">
          {t('referrals.actions.decline')}
        </button>
      )}
      {allowed.includes('doorgestuurd') && (
        <button type="button" className="button" onClick={() => setDialog('passOn')} data-testid="action-passon">
          {t('referrals.actions.passOn')}
        </button>
      )}
      {canExpire && (
        <button
          type="button"
          className="button"
          disabled={step.busy}
          onClick={() => direct('referrals.expire')}
          data-testid="action-expire"
        >
          {t('referrals.actions.expire')}
        </button>
      )}
      {allowed.includes('geannuleerd') && (
        <button type="button" className="button" onClick={() => setDialog('cancel')} data-testid="action-cancel">
          {t('referrals.actions.cancel')}
        </button>
      )}
      {dialog === 'send' && <SendDialog referral={referral} letter={letter} onDone={done} onClose={() => setDialog(null)} />}
      {dialog === 'decline' && <DeclineDialog referral={referral} onDone={done} onClose={() => setDialog(null)} />}
      {dialog === 'close' && <CloseDialog referral={referral} onDone={done} onClose={() => setDialog(null)} />}
      {dialog === 'passOn' && <PassOnDialog referral={referral} onDone={done} onClose={() => setDialog(null)} />}
      {dialog === 'cancel' && <CancelDialog referral={referral} onDone={done} onClose={() => setDialog(null)} />}
    </div>
  );
}
