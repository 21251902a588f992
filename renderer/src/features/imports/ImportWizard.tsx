import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportCommitResult, ImportPolicyValue, ImportTarget, UploadResult } from '../../../../electron/api/contract';
import { hrefFor } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { emptyChoices, type WizardChoices } from './choices';
import { CommitResultView, CommitStep } from './CommitStep';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { MatchStep } from './MatchStep';
import { ValidateStep } from './ValidateStep';

const STEPS = ['file', 'mapping', 'validate', 'match', 'commit'] as const;
type Step = (typeof STEPS)[number];

/** The import wizard at `#/import`: file -> columns -> check -> matching -> import. */
export function ImportWizard() {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>('file');
  const [choices, setChoices] = useState<WizardChoices | null>(null);
  const [result, setResult] = useState<ImportCommitResult | null>(null);
  // What a step is waiting for (reading the file, computing the plan): navigation waits too.
  const [busy, setBusy] = useState<string | null>(null);
  const at = STEPS.indexOf(step);

  function uploaded(upload: UploadResult) {
    setChoices(emptyChoices(upload));
    setStep('mapping');
  }
  function update(change: Partial<WizardChoices>) {
    setChoices((c) => (c ? { ...c, ...change } : c));
  }
  function fix(index: number, field: ImportTarget, value: string) {
    setChoices((c) => (c ? { ...c, fixes: { ...c.fixes, [index]: { ...c.fixes[index], [field]: value } } } : c));
  }
  function matchTo(index: number, organisationId: number | 'new' | null) {
    setChoices((c) => {
      if (!c) return c;
      const { [index]: _previous, ...others } = c.organisations;
      return { ...c, organisations: organisationId === null ? others : { ...others, [index]: organisationId } };
    });
  }
  function restart() {
    setChoices(null);
    setResult(null);
    setStep('file');
  }

  const history = (
    <a className="button" href={hrefFor('import', 'geschiedenis')} data-testid="import-history-link">
      {t('imports.historyLink')}
    </a>
  );
  return (
    <div className="page" data-testid="import-wizard">
      <PageHeader title={t('imports.title')} subtitle={t('imports.subtitle')} actions={history} />
      <nav aria-label={t('imports.steps.label')}>
        <ol className="import-steps">
          {STEPS.map((s, i) => (
            <li
              key={s}
              className={`import-step${i === at ? ' import-step-current' : ''}${i < at ? ' import-step-done' : ''}`}
              aria-current={i === at ? 'step' : undefined}
            >
              {i < at && !result ? (
                <button type="button" className="import-step-button" disabled={busy !== null} onClick={() => setStep(s)}>
                  <span className="import-step-number">{i + 1}</span> {t(`imports.steps.${s}`)}
                </button>
              ) : (
                <span className="import-step-button">
                  <span className="import-step-number">{i + 1}</span> {t(`imports.steps.${s}`)}
                </span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      {result ? (
        <CommitResultView result={result} sessionId={choices?.upload.sessionId ?? null} onAnother={restart} />
      ) : (
        <>
          {step === 'file' && <FileStep upload={choices?.upload ?? null} onUploaded={uploaded} onBusy={setBusy} />}
          {step === 'mapping' && choices && (
            <MappingStep
              choices={choices}
              onTarget={(column, target) => update({ targets: { ...choices.targets, [column]: target } })}
              onEvent={(eventId) => update({ eventId })}
            />
          )}
          {step === 'validate' && choices && (
            <ValidateStep
              choices={choices}
              onExclude={(index, exclude) =>
                update({
                  excluded: exclude ? [...choices.excluded, index] : choices.excluded.filter((i) => i !== index),
                })
              }
              onFix={fix}
              onBusy={setBusy}
            />
          )}
          {step === 'match' && choices && (
            <MatchStep
              choices={choices}
              onPolicy={(policy: ImportPolicyValue) => update({ policy })}
              onOrganisation={matchTo}
              onBusy={setBusy}
            />
          )}
          {step === 'commit' && choices && <CommitStep choices={choices} onDone={setResult} onBusy={setBusy} />}
          <div className="import-actions">
            {at > 0 && (
              <button type="button" className="button" disabled={busy !== null} onClick={() => setStep(STEPS[at - 1] ?? 'file')}>
                {t('imports.back')}
              </button>
            )}
            {at > 0 && (
              <button type="button" className="button" disabled={busy !== null} onClick={restart}>
                {t('imports.restart')}
              </button>
            )}
            <span className="toolbar-spacer" />
            {at < STEPS.length - 1 && choices && (
              <button
                type="button"
                className="button button-primary"
                disabled={busy !== null}
                onClick={() => setStep(STEPS[at + 1] ?? 'commit')}
                data-testid="import-next"
              >
                {t('imports.next')}
              </button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
