import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportTarget, PlanRowView, PlanSummaryView } from '../../../../electron/api/contract';
import { Alert } from '../../components/Alert';
import { BusyNote, useReportBusy } from './BusyNote';
import type { WizardChoices } from './choices';
import { ErrorReportButton } from './ErrorReportButton';
import { IssueFix } from './IssueFix';
import { Pager } from '../../components/Pager';
import { columnOf, PAGE_SIZE, showProgress, usePlan } from './usePlan';
import { ImportProgress } from './ImportProgress';

type Props = {
  choices: WizardChoices;
  onExclude: (index: number, exclude: boolean) => void;
  onFix: (index: number, field: ImportTarget, value: string) => void;
  onBusy?: (label: string | null) => void;
};

export function SummaryCounts({ summary }: { summary: PlanSummaryView }) {
  const { t } = useTranslation();
  const items = [
    ['ok', summary.okRows, 'import-count-ok'],
    ['warnings', summary.warningRows, 'import-count-warnings'],
    ['errors', summary.invalidRows, 'import-count-errors'],
    ['excluded', summary.excludedRows, 'import-count-excluded'],
  ] as const;
  return (
    <div className="stat-grid import-counts">
      {items.map(([key, value, testId]) => (
        <div key={key} className={`stat import-stat-${key}`}>
          <span className="stat-value" data-testid={testId}>
            {value}
          </span>
          <span className="stat-label">{t(`imports.validate.${key}`)}</span>
        </div>
      ))}
    </div>
  );
}

/** Step 3: every row with its problems per cell; rows can be left out. */
export function ValidateStep({ choices, onExclude, onFix, onBusy }: Props) {
  const { t } = useTranslation();
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [offset, setOffset] = useState(0);
  const plan = usePlan(choices, onlyErrors ? 'errors' : 'all', offset);
  const data = plan.data;
  const busyLabel = plan.loading ? t('imports.validate.loading') : null;
  useReportBusy(onBusy, busyLabel);
  return (
    <section className="panel" aria-labelledby="import-validate-title">
      <div className="panel-header">
        <h2 id="import-validate-title" className="panel-title">
          {t('imports.validate.title')} {busyLabel && <BusyNote label={busyLabel} />}
        </h2>
        <label className="field-inline">
          <input
            type="checkbox"
            checked={onlyErrors}
            data-testid="import-only-errors"
            onChange={(event) => {
              setOnlyErrors(event.target.checked);
              setOffset(0);
            }}
          />
          {t('imports.validate.onlyErrors')}
        </label>
      </div>
      {showProgress(plan.loading, data !== undefined, choices) && (
        <ImportProgress progress={plan.progress} fallback={t('imports.validate.loading')} />
      )}
      {data && <SummaryCounts summary={data.summary} />}
      {data && data.summary.invalidRows > 0 && (
        <>
          <Alert kind="info">{t('imports.validate.errorsHint')}</Alert>
          <div className="import-report-actions">
            <ErrorReportButton sessionId={choices.upload.sessionId} disabled={plan.loading} />
            <span className="muted small">{t('imports.errorReport.hint')}</span>
          </div>
        </>
      )}
      {data && <RowsTable rows={data.page.rows} choices={choices} onExclude={onExclude} onFix={onFix} />}
      {data && <Pager offset={offset} limit={PAGE_SIZE} total={data.page.total} onChange={setOffset} hideWhenSinglePage />}
    </section>
  );
}

const personTargets: ImportTarget[] = ['contact.firstName', 'contact.lastName', 'contact.fullName'];

function RowsTable({ rows, choices, onExclude, onFix }: { rows: PlanRowView[] } & Props) {
  const { t } = useTranslation();
  const orgColumn = columnOf(choices, 'organisation.name');
  const personColumns = personTargets.map((c) => columnOf(choices, c));
  if (rows.length === 0) return <p className="muted">{t('imports.validate.none')}</p>;
  return (
    <table className="simple-table import-rows" data-testid="import-rows">
      <thead>
        <tr>
          <th scope="col" className="import-col-narrow">
            {t('imports.validate.colExclude')}
          </th>
          <th scope="col" className="import-col-narrow">
            {t('imports.validate.colRow')}
          </th>
          <th scope="col">{t('imports.validate.colOrganisation')}</th>
          <th scope="col">{t('imports.validate.colContact')}</th>
          <th scope="col">{t('imports.validate.colIssues')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          // The coordinator's choice shows at once; the plan with it follows from the main process.
          const excluded = choices.excluded.includes(row.index);
          const fixes = choices.fixes[row.index] ?? {};
          const cell = (column: number | null, target: ImportTarget) =>
            fixes[target] ?? (column === null ? '' : (row.cells[column] ?? ''));
          const person = personColumns
            .map((c, i) => cell(c, personTargets[i] ?? 'contact.fullName'))
            .filter(Boolean)
            .join(' ');
          return (
            <tr key={row.index} className={excluded ? 'import-row-excluded' : undefined} data-testid="import-row">
              <td>
                <input
                  type="checkbox"
                  checked={excluded}
                  aria-label={t('imports.validate.excludeRow', { row: row.sourceRow })}
                  data-testid="import-exclude"
                  onChange={(event) => onExclude(row.index, event.target.checked)}
                />
              </td>
              <td className="mono">{row.sourceRow}</td>
              <td>{cell(orgColumn, 'organisation.name')}</td>
              <td>{person}</td>
              <td>
                {row.issues.length === 0 ? (
                  <span className="muted">{t('imports.validate.noIssues')}</span>
                ) : (
                  <ul className="import-issues">
                    {row.issues.map((issue, i) => (
                      <IssueFix
                        key={`${i}-${issue.field}-${issue.code}`}
                        row={row}
                        issue={issue}
                        current={cell(issue.column, issue.field)}
                        onFix={onFix}
                      />
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
