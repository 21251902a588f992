import { useTranslation } from 'react-i18next';
import type { MergeHistoryItem } from '../../../../../electron/api/contract';
import { hrefFor } from '../../../app/routes';
import { formatDateTime } from '../../../format';

type Props = { merges: MergeHistoryItem[]; busy: boolean; onUndo: (merge: MergeHistoryItem) => void };

/** Organisations merged into this one, each undoable until it is undone. */
export function MergeHistory({ merges, busy, onUndo }: Props) {
  const { t } = useTranslation();
  if (merges.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="organisation-merges">
      <h2 id="organisation-merges" className="panel-title">
        {t('organisations.merge.history')}
      </h2>
      <ul className="org-merge-history">
        {merges.map((m) => (
          <li key={m.id} data-testid="merge-history-item">
            <span>
              {m.undoneAt ? (
                <a href={hrefFor('organisaties', m.mergedId)}>
                  {t('organisations.merge.historyItem', { name: m.mergedName, date: formatDateTime(m.at) })}
                </a>
              ) : (
                t('organisations.merge.historyItem', { name: m.mergedName, date: formatDateTime(m.at) })
              )}
              {m.undoneAt && (
                <span className="muted small">
                  {' '}
                  · {t('organisations.merge.historyUndone', { date: formatDateTime(m.undoneAt) })}
                </span>
              )}
            </span>
            {!m.undoneAt && (
              <button
                type="button"
                className="button button-small"
                disabled={busy}
                onClick={() => onUndo(m)}
                data-testid="merge-history-undo"
              >
                {t('organisations.merge.undo')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
