import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThemeRow } from '../../../../../electron/api/contract';
import { LoadState } from '../../../components/LoadState';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { ActiveToggle } from '../form/ActiveToggle';
import { ThemeFormDialog } from './ThemeFormDialog';

/** The theme taxonomy: add, rename (nl/en), deactivate. Codes stay stable for imports and reports. */
export function ThemesTab() {
  const { t } = useTranslation();
  const themes = useApiQuery('network.listThemes', undefined);
  const [dialog, setDialog] = useState<{ theme?: ThemeRow } | null>(null);
  const rows = themes.data ?? [];
  return (
    <section className="table-section" aria-labelledby="themes-heading">
      <div className="toolbar">
        <h2 id="themes-heading" className="panel-title">
          {t('networkEdit.theme.title')}
          <span className="count-pill">{rows.filter((r) => r.active).length}</span>
        </h2>
        <span className="muted small">{t('networkEdit.theme.hint')}</span>
        <span className="toolbar-spacer" />
        <button type="button" className="button button-primary" onClick={() => setDialog({})} data-testid="theme-new">
          {t('networkEdit.theme.new')}
        </button>
      </div>
      {!themes.data ? (
        <LoadState error={themes.error} onRetry={themes.reload} />
      ) : (
        <div className="panel panel-flush scroll-panel">
          <table className="simple-table">
            <thead>
              <tr>
                <th scope="col">{t('networkEdit.theme.nameNl')}</th>
                <th scope="col">{t('networkEdit.theme.nameEn')}</th>
                <th scope="col">{t('networkEdit.theme.code')}</th>
                <th scope="col" className="align-end">
                  {t('networkEdit.theme.actions')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((theme) => (
                <tr key={theme.id} className={theme.active ? undefined : 'is-inactive'} data-testid="theme-row">
                  <td>
                    {theme.nameNl}
                    {!theme.active && <span className="badge inline-badge">{t('network.inactive')}</span>}
                  </td>
                  <td>{theme.nameEn}</td>
                  <td className="mono small muted">{theme.code}</td>
                  <td className="align-end nowrap">
                    <span className="row-actions">
                      <button type="button" className="button button-small" onClick={() => setDialog({ theme })}>
                        {t('networkEdit.theme.rename')}
                      </button>
                      <ActiveToggle
                        method="network.setThemeActive"
                        id={theme.id}
                        active={theme.active}
                        name={theme.nameNl}
                        small
                        texts={{
                          deactivateTitle: t('networkEdit.theme.deactivateTitle'),
                          deactivateText: t('networkEdit.theme.deactivateText', { name: theme.nameNl }),
                        }}
                      />
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {dialog && <ThemeFormDialog theme={dialog.theme} onClose={() => setDialog(null)} />}
    </section>
  );
}
