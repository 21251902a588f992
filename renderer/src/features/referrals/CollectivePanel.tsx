import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectiveCandidate } from '../../../../electron/api/contract';
import { hrefFor, navigate } from '../../app/routes';
import { Field } from '../../components/form/Field';
import { FormDialog } from '../../components/form/FormDialog';
import { useSave } from '../../components/form/useSave';
import { LoadState } from '../../components/LoadState';
import { useApiQuery } from '../../hooks/useApiQuery';

const SHOWN = 6;

function FormDialogFor({ candidate, onClose }: { candidate: CollectiveCandidate; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSave();
  const [title, setTitle] = useState(t('referrals.collective.defaultTitle', { theme: candidate.themeName }));
  const [description, setDescription] = useState('');
  const [chosen, setChosen] = useState<number[]>(candidate.needs.map((n) => n.id));
  const toggle = (id: number) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  return (
    <FormDialog
      title={t('referrals.collective.formTitle')}
      busy={save.busy}
      formError={save.formError}
      submitLabel={t('referrals.collective.confirm')}
      submitTestId="collective-submit"
      wide
      onClose={onClose}
      onSubmit={() =>
        void save
          .save('referrals.formCollective', { needIds: chosen, title, description }, t('referrals.collective.formed'))
          .then((r) => {
            if (r) navigate(hrefFor('dossiers', 'trajecten', r.trajectId));
          })
      }
      testId="collective-dialog"
    >
      <Field label={t('referrals.collective.trajectTitle')} error={save.errors.title} wide required>
        {(p) => (
          <input
            {...p}
            className="input"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            data-testid="collective-title"
          />
        )}
      </Field>
      <Field label={t('referrals.collective.description')} wide>
        {(p) => (
          <textarea {...p} className="input" rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
        )}
      </Field>
      <fieldset className="referral-collective-needs">
        <legend className="field-label">{t('referrals.collective.needs')}</legend>
        {save.errors.needIds && <p className="field-error">{save.errors.needIds}</p>}
        {candidate.needs.map((n) => (
          <label key={n.id} className="dossier-check">
            <input type="checkbox" checked={chosen.includes(n.id)} onChange={() => toggle(n.id)} />
            <span>
              {n.title} <span className="muted small">· {n.organisationName}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </FormDialog>
  );
}

/** Proposals to bundle alike needs of different organisations; the coordinator confirms each. */
export function CollectivePanel() {
  const { t } = useTranslation();
  const query = useApiQuery('referrals.collectiveCandidates', {});
  const [open, setOpen] = useState<CollectiveCandidate | null>(null);
  return (
    <section className="referral-collective" aria-labelledby="collective-title">
      <div>
        <h2 id="collective-title" className="section-title">
          {t('referrals.collective.title')}
        </h2>
        <p className="muted">{t('referrals.collective.intro')}</p>
      </div>
      {!query.data ? (
        <LoadState error={query.error} onRetry={query.reload} />
      ) : query.data.length === 0 ? (
        <p className="muted panel">{t('referrals.collective.none')}</p>
      ) : (
        <ul className="referral-proposals">
          {query.data.map((c) => (
            <li key={c.key} className="panel" data-testid="collective-proposal">
              <div className="panel-header">
                <div>
                  <h3 className="panel-title">{t('referrals.collective.theme', { name: c.themeName })}</h3>
                  <p className="muted small">
                    {t('referrals.collective.similarity', { percent: Math.round(c.similarity * 100) })}
                    {c.sharedWords.length > 0 && ` · ${t('referrals.collective.shared')}: ${c.sharedWords.join(', ')}`}
                  </p>
                </div>
                <button type="button" className="button button-small" onClick={() => setOpen(c)} data-testid="collective-form">
                  {t('referrals.collective.form')}
                </button>
              </div>
              <ul className="dossier-list">
                {c.needs.slice(0, SHOWN).map((n) => (
                  <li key={n.id}>
                    <a href={hrefFor('dossiers', n.id)}>{n.title}</a> <span className="muted small">· {n.organisationName}</span>
                  </li>
                ))}
              </ul>
              {c.needs.length > SHOWN && (
                <p className="muted small">{t('referrals.collective.more', { count: c.needs.length - SHOWN })}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      {open && <FormDialogFor candidate={open} onClose={() => setOpen(null)} />}
    </section>
  );
}
