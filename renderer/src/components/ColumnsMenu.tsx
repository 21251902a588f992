import type { VisibilityState } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Popover } from './Popover';

export type ToolbarColumn = {
  id: string;
  label: string;
  /** False for columns that must stay (e.g. the name). */ hideable?: boolean;
};

type Props = {
  columns: ToolbarColumn[];
  visibility: VisibilityState;
  onChange: (visibility: VisibilityState) => void;
};

/** "Kolommen": a checkbox per column; a column is shown unless its visibility is false. */
export function ColumnsMenu({ columns, visibility, onChange }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const hidden = columns.some((column) => visibility[column.id] === false);
  return (
    <Popover
      label={t('workspace.table.columns')}
      panelLabel={t('workspace.table.columnsLabel')}
      open={open}
      onOpenChange={setOpen}
      testId="columns-menu"
    >
      {
        <ul className="popover-list">
          {columns.map((column) => (
            <li key={column.id}>
              <label className="popover-check">
                <input
                  type="checkbox"
                  checked={visibility[column.id] !== false}
                  disabled={column.hideable === false}
                  onChange={(event) => onChange({ ...visibility, [column.id]: event.target.checked })}
                />
                {column.label}
              </label>
            </li>
          ))}
        </ul>
      }
      {hidden && (
        <button type="button" className="button button-small popover-footer" onClick={() => onChange({})}>
          {t('workspace.table.showAll')}
        </button>
      )}
    </Popover>
  );
}
