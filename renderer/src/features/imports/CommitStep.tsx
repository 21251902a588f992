import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportCommitResult } from '../../../../electron/api/contract';
import { call, toApiError } from '../../api';
import { useDataVersion } from '../../app/DataVersion';
import { hrefFor } from '../../app/routes';
import { Alert } from '../../components/Alert';
import { Spinner } from '../../components/Spinner';
import { formatDate } from '../../format';
import { BusyNote, useReportBusy } from './BusyNote';
import { planChoices, type WizardChoices } from './choices';
import { ErrorReportButton } from './ErrorReportButton';
import { EntityTotals } from './MatchStep';
import { usePlan } from './usePlan';
import { ImportProgress } from './ImportProgress';
import { newTaskId, useTaskProgress } from '../../hooks/useTaskProgress';

type Props = {
  choices: WizardChoices;
  onDone: (result: ImportCommitResult) => void;
  onBusy?: (label: string | null) => void;
};

/** Step 5: one button; the commit is one transaction in the main process. */
export function CommitStep({ choices, onDone, onBusy }: Props) {
  const { t } = useTranslation();
  const { reloadAll } = useDataVersion();
  const plan = usePlan(choices, 'all', 0);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [allowReimport, setAllowReimport] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [taskId] = useState(newTaskId);
  const progress = useTaskProgress(taskId, busy);
  const data = plan.data;
  const invalid = data?.summary.invalidRows ?? 0;
  // A plan that is still being computed for new choices is not what the coordinator confirms.
  const blocked = !data || plan.loading || (invalid > 0 && !skipInvalid) || (data.previousBatch !== null && !allowReimport);

  const checking = plan.loading ? t('imports.validate.loading') : null;
  useReportBusy(onBusy, busy ? t('imports.commit.busy') : checking);

  async function commit() {
    setBusy(true);
    setError(null);
    try {
      const { sessionId, mapping, overrides, policy, eventId } = planChoices(choices);
      const result = await call('imports.commit', {
        sessionId,
        mapping,
        overrides,
        policy,
        skipInvalid,
        allowReimport,
        taskId,
        ...(eventId !== undefined ? { eventId } : {}),
      });
      onDone(result);
      reloadAll();
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="import-commit-title">
      <h2 id="import-commit-title" className="panel-title">
        {t('imports.commit.title')} {checking && <BusyNote label={checking} />}
      </h2>
      {data && (
        <>
          <p>{t('imports.commit.text', { rows: data.summary.rows - data.summary.excludedRows })}</p>
          {data.event && (
            <p data-testid="import-commit-event">
              {t('imports.target.chosen', { name: data.event.name, date: formatDate(data.event.date) })}
            </p>
          )}
          <EntityTotals summary={data.summary} event={data.event !== null} />
          {invalid > 0 && (
            <label className="field-inline">
              <input
                type="checkbox"
                checked={skipInvalid}
                disabled={busy}
                data-testid="import-skip-invalid"
                onChange={(event) => setSkipInvalid(event.target.checked)}
              />
              {t('imports.commit.skipInvalid', { count: invalid })}
            </label>
          )}
          {data.previousBatch && (
            <label className="field-inline">
              <input
                type="checkbox"
                checked={allowReimport}
                disabled={busy}
                onChange={(event) => setAllowReimport(event.target.checked)}
              />
              {t('imports.commit.allowReimport')}
            </label>
          )}
          {invalid > 0 && !skipInvalid && <p className="muted">{t('imports.commit.needSkip')}</p>}
        </>
      )}
      {error && <Alert kind="error">{error}</Alert>}
      {busy && <ImportProgress progress={progress} fallback={t('imports.commit.busy')} />}
      <div>
        <button
          type="button"
          className="button button-primary"
          disabled={blocked || busy}
          onClick={() => void commit()}
          data-testid="import-commit"
        >
          {busy && <Spinner />}
          {busy ? t('imports.commit.busy') : t('imports.commit.button')}
        </button>
      </div>
    </section>
  );
}

const TALLIES = ['organisations', 'contacts', 'needs', 'experts'] as const;
const EVENT_TALLIES = ['participants', 'meetings'] as const;

type ResultProps = { result: ImportCommitResult; sessionId: string | null; onAnother: () => void };

export function CommitResultView({ result, sessionId, onAnother }: ResultProps) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="import-result-title" data-testid="import-result">
      <h2 id="import-result-title" className="panel-title">
        {t('imports.commit.done', { id: result.batchId })}
      </h2>
      <table className="simple-table import-totals">
        <thead>
          <tr>
            <th scope="col">{t('imports.commit.colEntity')}</th>
            <th scope="col" className="align-end">
              {t('imports.commit.colCreated')}
            </th>
            <th scope="col" className="align-end">
              {t('imports.commit.colUpdated')}
            </th>
            <th scope="col" className="align-end">
              {t('imports.commit.colSkipped')}
            </th>
          </tr>
        </thead>
        <tbody>
          {[...TALLIES, ...(result.participants.created + result.participants.skipped > 0 ? EVENT_TALLIES : [])].map((entity) => (
            <tr key={entity} data-testid={`import-result-${entity}`}>
              <th scope="row">{entity === 'meetings' ? t('imports.commit.meetings') : t(`imports.match.entities.${entity}`)}</th>
              <td className="align-end">{result[entity].created}</td>
              <td className="align-end">{result[entity].updated}</td>
              <td className="align-end">{result[entity].skipped}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.skippedRows > 0 && (
        <div className="import-report-actions">
          <span className="muted">{t('imports.commit.skippedRows', { count: result.skippedRows })}</span>
          {sessionId && <ErrorReportButton sessionId={sessionId} />}
        </div>
      )}
      <div className="import-actions">
        <a className="button" href={hrefFor('import', 'geschiedenis')} data-testid="import-to-history">
          {t('imports.commit.toHistory')}
        </a>
        <button type="button" className="button" onClick={onAnother}>
          {t('imports.commit.another')}
        </button>
      </div>
    </section>
  );
}
