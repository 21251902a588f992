import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralDetail, ReferralLetter } from '../../../../electron/api/contract';
import { referralDeclineReasonValues, referralOutcomeValues } from '../../../../electron/api/contract/referral/lifecycle';
import { Field } from '../../components/form/Field';
import { FormDialog } from '../../components/form/FormDialog';
import { useSave } from '../../components/form/useSave';
import { DestinationPicker, type PickedDestination } from './DestinationPicker';

type Props = { referral: ReferralDetail; onDone: (r?: ReferralDetail) => void; onClose: () => void };

/** Send: the letter (editable) and an optional deadline; empty = the destination's working days. */
export function SendDialog({ referral, letter, onDone, onClose }: Props & { letter: ReferralLetter | undefined }) {
  const { t } = useTranslation();
  const save = useSave();
  const [body, setBody] = useState(letter?.body ?? '');
  const [deadline, setDeadline] = useState('');
  return (
    <FormDialog
      title={t('referrals.actions.sendTitle')}
      busy={save.busy}
      formError={save.formError}
      submitLabel={t('referrals.actions.send')}
      submitTestId="send-submit"
      wide
      onClose={onClose}
      onSubmit={() =>
        void save
          .save(
            'referrals.send',
            { id: referral.id, letter: body, responseDeadline: deadline || null },
            t('referrals.actions.sent'),
          )
          .then((r) => r && onDone(r))
      }
      testId="send-dialog"
    >
      <p className="muted">{t('referrals.actions.sendIntro')}</p>
      <Field label={t('referrals.actions.deadline', { count: referral.responseDays })} error={save.errors.responseDeadline}>
        {(p) => (
          <input
            {...p}
            type="date"
            className="input"
            value={deadline}
            onChange={(e) => setDeadline(e.target.value)}
            data-testid="send-deadline"
          />
        )}
      </Field>
      <Field label={t('referrals.actions.letter')} error={save.errors.letter} wide>
        {(p) => (
          <textarea
            {...p}
            className="input referral-letter-input"
            rows={14}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
        )}
      </Field>
    </FormDialog>
  );
}

export function DeclineDialog({ referral, onDone, onClose }: Props) {
  const { t } = useTranslation();
  const save = useSave();
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  return (
    <FormDialog
      title={t('referrals.actions.declineTitle')}
      busy={save.busy}
      formError={save.formError}
      submitLabel={t('referrals.actions.decline').replace('…', '')}
      submitTestId="decline-submit"
      onClose={onClose}
      onSubmit={() =>
        void save
          .save(
            'referrals.decline',
            { id: referral.id, reason: (reason || null) as 'timing' | null, note },
            t('referrals.actions.saved'),
          )
          .then((r) => r && onDone(r))
      }
      testId="decline-dialog"
    >
      <Field label={t('referrals.actions.reason')} error={save.errors.reason} required>
        {(p) => (
          <select
            {...p}
            className="input"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid="decline-reason"
          >
            <option value="">{t('referrals.actions.chooseReason')}</option>
            {referralDeclineReasonValues.map((r) => (
              <option key={r} value={r}>
                {t(`referrals.reason.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('referrals.actions.note')} error={save.errors.note} wide>
        {(p) => <textarea {...p} className="input" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
    </FormDialog>
  );
}

export function CloseDialog({ referral, onDone, onClose }: Props) {
  const { t } = useTranslation();
  const save = useSave();
  const [outcome, setOutcome] = useState('');
  const [note, setNote] = useState('');
  return (
    <FormDialog
      title={t('referrals.actions.closeTitle')}
      busy={save.busy}
      formError={save.formError}
      submitLabel={t('referrals.actions.close').replace('…', '')}
      submitTestId="close-submit"
      onClose={onClose}
      onSubmit={() =>
        void save
          .save(
            'referrals.close',
            { id: referral.id, outcome: (outcome || null) as 'andere' | null, note },
            t('referrals.actions.saved'),
          )
          .then((r) => r && onDone(r))
      }
      testId="close-dialog"
    >
      <Field label={t('referrals.actions.outcome')} error={save.errors.outcome} required>
        {(p) => (
          <select
            {...p}
            className="input"
            value={outcome}
            onChange={(e) => setOutcome(e.target.value)}
            data-testid="close-outcome"
          >
            <option value="">{t('referrals.actions.chooseOutcome')}</option>
            {referralOutcomeValues.map((o) => (
              <option key={o} value={o}>
                {t(`referrals.outcome.${o}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('referrals.actions.note')} error={save.errors.note} wide>
        {(p) => (
          <textarea
            {...p}
            className="input"
            rows={3}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            data-testid="close-note"
          />
        )}
      </Field>
    </FormDialog>
  );
}

export function PassOnDialog({ referral, onDone, onClose }: Props) {
  const { t } = useTranslation();
  const save = useSave();
  const [picked, setPicked] = useState<PickedDestination>(null);
  const [note, setNote] = useState('');
  return (
    <FormDialog
      title={t('referrals.actions.passOnTitle')}
      busy={save.busy}
      formError={save.formError}
      submitLabel={t('referrals.actions.passOn').replace('…', '')}
      submitTestId="passon-submit"
      wide
      onClose={onClose}
      onSubmit={() =>
        void save
          .save(
            'referrals.passOn',
            { id: referral.id, destinationKind: picked?.kind ?? 'hogeschool', destinationId: picked?.id ?? 0, note },
            t('referrals.actions.sent'),
          )
          .then((r) => r && onDone(r))
      }
      testId="passon-dialog"
    >
      <p className="muted">{t('referrals.actions.passOnIntro')}</p>
      <DestinationPicker
        value={picked}
        onChange={(d) => {
          setPicked(d);
          save.reset();
        }}
        error={save.errors.destinationId}
        defaultKind="hogeschool"
      />
      <Field label={t('referrals.actions.note')} error={save.errors.note} wide>
        {(p) => (
          <textarea
            {...p}
            className="input"
            rows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            data-testid="passon-note"
          />
        )}
      </Field>
    </FormDialog>
  );
}

export function CancelDialog({ referral, onDone, onClose }: Props) {
  const { t } = useTranslation();
  const save = useSave();
  const [note, setNote] = useState('');
  return (
    <FormDialog
      title={t('referrals.actions.cancelTitle')}
      busy={save.busy}
      formError={save.formError}
      submitLabel={t('referrals.actions.cancelConfirm')}
      submitTestId="cancel-submit"
      onClose={onClose}
      onSubmit={() =>
        void save.save('referrals.cancel', { id: referral.id, note }, t('referrals.actions.saved')).then((r) => r && onDone(r))
      }
      testId="cancel-dialog"
    >
      <Field label={t('referrals.actions.note')} error={save.errors.note} wide>
        {(p) => <textarea {...p} className="input" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
    </FormDialog>
  );
}
