import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralDestinationKind, RoutingSuggestion } from '../../../../electron/api/contract';
import { hrefFor, navigate } from '../../app/routes';
import { Field } from '../../components/form/Field';
import { FormDialog } from '../../components/form/FormDialog';
import { useSave } from '../../components/form/useSave';
import { DestinationPicker, type PickedDestination } from './DestinationPicker';
import { RoutingSuggestions } from './RoutingSuggestions';

type Chosen = { kind: ReferralDestinationKind; id: number; name: string; suggestion: Record<string, unknown> | null };

/**
 * "Doorverwijzen" on a need: ranked suggestions (with why) or a destination picked by hand; the
 * chosen one becomes a proposed referral (its score parts kept), then the letter is reviewed and sent.
 */
export function ReferFlow({ needId, onClose }: { needId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSave();
  const [mode, setMode] = useState<'suggestions' | 'hand'>('suggestions');
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [picked, setPicked] = useState<PickedDestination>(null);
  const [note, setNote] = useState('');

  const choose = (s: RoutingSuggestion) => {
    save.reset();
    setChosen({
      kind: s.destinationKind,
      id: s.destinationId,
      name: s.name,
      suggestion: { score: s.score, parts: s.parts, matchedWords: s.matchedWords, flags: s.flags },
    });
  };
  const target: Chosen | null = mode === 'hand' ? (picked ? { ...picked, suggestion: null } : null) : chosen;

  const submit = () =>
    void save
      .save(
        'referrals.create',
        {
          needId,
          destinationKind: target?.kind ?? 'expertisegroep',
          destinationId: target?.id ?? 0,
          suggestion: target?.suggestion ?? null,
          note,
        },
        t('referrals.need.created'),
      )
      .then((r) => r && navigate(hrefFor('doorverwijzingen', r.id)));

  return (
    <FormDialog
      title={t('referrals.need.flowTitle')}
      busy={save.busy}
      formError={save.formError}
      submitLabel={t('referrals.need.create')}
      submitTestId="refer-submit"
      wide
      onClose={onClose}
      onSubmit={submit}
      testId="refer-dialog"
    >
      <div className="referral-mode" role="radiogroup" aria-label={t('referrals.need.flowTitle')}>
        {(['suggestions', 'hand'] as const).map((m) => (
          <label key={m} className="referral-mode-option">
            <input
              type="radio"
              name="refer-mode"
              checked={mode === m}
              onChange={() => setMode(m)}
              data-testid={`refer-mode-${m}`}
            />
            {m === 'suggestions' ? t('referrals.need.suggestions') : t('referrals.need.byHand')}
          </label>
        ))}
      </div>
      {mode === 'suggestions' ? (
        <div className="referral-suggestions">
          <RoutingSuggestions needId={needId} onChoose={choose} />
        </div>
      ) : (
        <DestinationPicker
          value={picked}
          onChange={(d) => {
            setPicked(d);
            save.reset();
          }}
          error={save.errors.destinationId}
        />
      )}
      {target && (
        <p className="referral-chosen" data-testid="refer-chosen">
          {t('referrals.need.chosen', { name: target.name })}
        </p>
      )}
      {mode === 'suggestions' && save.errors.destinationId && <p className="field-error">{save.errors.destinationId}</p>}
      <Field label={t('referrals.need.note')} error={save.errors.note} wide>
        {(p) => <textarea {...p} className="input" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
    </FormDialog>
  );
}
