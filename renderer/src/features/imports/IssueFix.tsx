import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportIssueView, ImportTarget, PlanRowView } from '../../../../electron/api/contract';

type Props = {
  row: PlanRowView;
  issue: ImportIssueView;
  /** The cell as it stands now: the coordinator's earlier fix, else the file's text. */
  current: string;
  onFix: (index: number, field: ImportTarget, value: string) => void;
};

/**
 * One problem of a row, with a way to correct the cell in place: Enter applies and the row is
 * checked again by the main process with the same rules as the file's own cells; Escape cancels.
 */
export function IssueFix({ row, issue, current, onFix }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(current);
  const label = issue.header ?? t(`imports.targets.${issue.field}`);
  const fixable = issue.field !== 'ignore';
  return (
    <li className={`import-issue import-issue-${issue.severity}`} data-testid={`import-issue-${issue.severity}`}>
      <strong>{label}</strong>: {issue.message}
      {fixable && !editing && (
        <button
          type="button"
          className="link-button import-fix-open"
          data-testid="import-fix-open"
          onClick={() => {
            setValue(current);
            setEditing(true);
          }}
        >
          {t('imports.validate.fix')}
        </button>
      )}
      {editing && (
        <span className="import-fix">
          <input
            className="input import-fix-input"
            value={value}
            // The coordinator asked for this field; moving focus there is what they expect.
            autoFocus
            aria-label={t('imports.validate.fixLabel', { field: label, row: row.sourceRow })}
            data-testid="import-fix-input"
            onChange={(event) => setValue(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                setEditing(false);
                if (value !== current) onFix(row.index, issue.field, value);
              } else if (event.key === 'Escape') {
                event.preventDefault();
                setEditing(false);
              }
            }}
          />
          <span className="muted small">{t('imports.validate.fixHint')}</span>
        </span>
      )}
    </li>
  );
}
