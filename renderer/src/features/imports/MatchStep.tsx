import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  importPolicyValues,
  type ImportPolicyValue,
  type PlanResult,
  type PlanRowView,
  type PlanSummaryView,
} from '../../../../electron/api/contract';
import { Alert } from '../../components/Alert';
import { formatDate } from '../../format';
import { BusyNote, useReportBusy } from './BusyNote';
import type { WizardChoices } from './choices';
import { MatchOverride } from './MatchOverride';
import { Pager } from '../../components/Pager';
import { rowStatusText, stepText } from './stepText';
import { PAGE_SIZE, showProgress, usePlan } from './usePlan';
import { ImportProgress } from './ImportProgress';

const ENTITIES = ['organisations', 'contacts', 'needs', 'experts'] as const;

/** Per kind of record: new, updated, existing; with an event as target also its registrations. */
export function EntityTotals({ summary, event }: { summary: PlanSummaryView; event: boolean }) {
  const { t } = useTranslation();
  const entities = event ? [...ENTITIES, 'participants' as const] : ENTITIES;
  return (
    <table className="simple-table import-totals" data-testid="import-totals">
      <thead>
        <tr>
          <th scope="col">{t('imports.match.colEntity')}</th>
          <th scope="col" className="align-end">
            {t('imports.match.colCreated')}
          </th>
          <th scope="col" className="align-end">
            {t('imports.match.colUpdated')}
          </th>
          <th scope="col" className="align-end">
            {t('imports.match.colMatched')}
          </th>
        </tr>
      </thead>
      <tbody>
        {entities.map((entity) => (
          <tr key={entity} data-testid={`import-total-${entity}`}>
            <th scope="row">{t(`imports.match.entities.${entity}`)}</th>
            <td className="align-end">{summary[entity].created}</td>
            <td className="align-end">{summary[entity].updated}</td>
            <td className="align-end">{summary[entity].matched}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type Props = {
  choices: WizardChoices;
  onPolicy: (policy: ImportPolicyValue) => void;
  onOrganisation: (index: number, organisationId: number | 'new' | null) => void;
  onBusy?: (label: string | null) => void;
};

/** Step 4: per row what happens (new, existing X, same as row N), totals, and how existing data is treated. */
export function MatchStep({ choices, onPolicy, onOrganisation, onBusy }: Props) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const plan = usePlan(choices, 'all', offset);
  const name = useId();
  const busyLabel = plan.loading ? t('imports.validate.loading') : null;
  useReportBusy(onBusy, busyLabel);
  return (
    <section className="panel" aria-labelledby="import-match-title">
      <h2 id="import-match-title" className="panel-title">
        {t('imports.match.title')} {busyLabel && <BusyNote label={busyLabel} />}
      </h2>
      <fieldset className="import-policy">
        <legend className="field-label">{t('imports.match.policy')}</legend>
        {importPolicyValues.map((policy) => (
          <label key={policy} className="field-inline">
            <input
              type="radio"
              name={name}
              value={policy}
              checked={choices.policy === policy}
              onChange={() => onPolicy(policy)}
            />
            {t(`imports.match.policies.${policy}`)}
          </label>
        ))}
      </fieldset>
      {showProgress(plan.loading, plan.data !== undefined, choices) && (
        <ImportProgress progress={plan.progress} fallback={t('imports.validate.loading')} />
      )}
      {plan.data && (
        <MatchBody
          data={plan.data}
          offset={offset}
          onOffset={setOffset}
          chosen={choices.organisations}
          onOrganisation={onOrganisation}
        />
      )}
    </section>
  );
}

type BodyProps = {
  data: PlanResult;
  offset: number;
  onOffset: (n: number) => void;
  chosen: WizardChoices['organisations'];
  onOrganisation: Props['onOrganisation'];
};

function MatchBody({ data, offset, onOffset, chosen, onOrganisation }: BodyProps) {
  const { t } = useTranslation();
  return (
    <>
      {data.previousBatch && (
        <Alert kind="warning">
          {t('imports.match.previous', { date: formatDate(data.previousBatch.committedAt), id: data.previousBatch.id })}
        </Alert>
      )}
      <EntityTotals summary={data.summary} event={data.event !== null} />
      {data.summary.withoutConsent > 0 && (
        <p className="muted">{t('imports.match.withoutConsent', { count: data.summary.withoutConsent })}</p>
      )}
      {data.event && <EventTotals summary={data.summary} />}
      <table className="simple-table import-rows" data-testid="import-match-rows">
        <thead>
          <tr>
            <th scope="col" className="import-col-narrow">
              {t('imports.match.colRow')}
            </th>
            <th scope="col">{t('imports.match.colWhat')}</th>
            <th scope="col">{t('imports.match.colPerson')}</th>
            <th scope="col">{t('imports.match.colNeed')}</th>
            {data.event && <th scope="col">{t('imports.match.colEvent')}</th>}
          </tr>
        </thead>
        <tbody>
          {data.page.rows.map((row) => {
            const status = rowStatusText(t, row);
            return (
              <tr key={row.index} className={status ? 'import-row-excluded' : undefined} data-testid="import-match-row">
                <td className="mono">{row.sourceRow}</td>
                {status ? (
                  <td colSpan={data.event ? 4 : 3} className="muted">
                    {status}
                  </td>
                ) : (
                  <>
                    <td>
                      {stepText(t, row.organisation)}
                      {row.kind === 'enterprise' && (
                        <MatchOverride row={row} chosen={chosen[row.index]} onChoose={onOrganisation} />
                      )}
                    </td>
                    <td>
                      {stepText(t, row.kind === 'expert' ? row.expert : row.contact)}
                      {row.notes.map((note) => (
                        <div key={note} className="muted small">
                          {note}
                        </div>
                      ))}
                    </td>
                    <td>{stepText(t, row.need)}</td>
                    {data.event && <EventCell row={row} />}
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      <Pager offset={offset} limit={PAGE_SIZE} total={data.page.total} onChange={onOffset} hideWhenSinglePage />
    </>
  );
}

function EventTotals({ summary }: { summary: PlanSummaryView }) {
  const { t } = useTranslation();
  return (
    <div data-testid="import-event-totals">
      <p className="muted">
        {t('imports.match.meetingsTotal', { created: summary.meetings.created, existing: summary.meetings.existing })}
      </p>
      {summary.wishesKept > 0 && <p className="muted">{t('imports.match.wishesKept', { count: summary.wishesKept })}</p>}
    </div>
  );
}

/** The registration a row becomes and the meeting requests its wishes become. */
function EventCell({ row }: { row: PlanRowView }) {
  const { t } = useTranslation();
  return (
    <td data-testid="import-event-cell">
      {row.participant?.action === 'existing'
        ? t('imports.match.registered', { label: row.participant.label })
        : stepText(t, row.participant)}
      {row.meetings.length > 0 && (
        <div className="muted small">{t('imports.match.meetings', { names: row.meetings.join(', ') })}</div>
      )}
    </td>
  );
}
