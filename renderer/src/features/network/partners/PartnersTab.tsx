import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerKindValue, PartnerRow } from '../../../../../electron/api/contract';
import { formatPhone } from '../../../../../electron/api/contract/rules/phone';
import { LoadState } from '../../../components/LoadState';
import { TableExportMenu } from '../../../components/TableExportMenu';
import { exportLabels } from '../../../components/tableExportColumns';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { partnerKinds } from '../lookups';
import { VerifyBadge } from '../VerifyBadge';
import { PartnerFormDialog } from './PartnerFormDialog';

type KindFilter = PartnerKindValue | 'all';

function primary(p: PartnerRow): string {
  return p.kind === 'vlaio' ? p.contactName || p.name : p.name;
}

function secondary(p: PartnerRow): string {
  if (p.kind === 'vlaio') return [p.name, p.email, p.phone ? formatPhone(p.phone) : ''].filter(Boolean).join(' · ');
  return [p.shortName !== p.name ? p.shortName : '', p.city, p.sector, p.contactName].filter(Boolean).join(' · ');
}

/** Partners outside the 13: few rows, so one plain table with a filter per kind. */
export function PartnersTab() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<KindFilter>('all');
  const [search, setSearch] = useState('');
  const [showInactive, setShowInactive] = useState(false);
  const [dialog, setDialog] = useState<{ id?: number } | null>(null);
  const debounced = useDebouncedValue(search.trim(), 200);
  const listInput = {
    kind: kind === 'all' ? undefined : kind,
    search: debounced === '' ? undefined : debounced,
    activeOnly: !showInactive,
  };
  const partners = useApiQuery('network.listPartners', listInput);
  const exportable = [
    { id: 'name', label: t('college.name'), exportAs: { key: 'name' } },
    {
      id: 'kind',
      label: t('networkEdit.partner.kind'),
      exportAs: { key: 'kind', labels: exportLabels(partnerKinds, (k) => t(`networkEdit.kinds.${k}`)) },
    },
    { id: 'website', label: t('college.website'), exportAs: { key: 'website' } },
  ];
  const rows = partners.data ?? [];

  return (
    <section className="table-section partners-tab" aria-labelledby="partners-heading">
      <h2 id="partners-heading" className="visually-hidden">
        {t('network.tabPartners')}
      </h2>
      <p className="muted">{t('network.partnersHint')}</p>
      <div className="toolbar">
        <div className="segmented" role="group" aria-label={t('networkEdit.partner.kind')}>
          {(['all', ...partnerKinds] as KindFilter[]).map((k) => (
            <button
              key={k}
              type="button"
              className="segment"
              aria-pressed={kind === k}
              onClick={() => setKind(k)}
              data-testid={`partner-kind-${k}`}
            >
              {k === 'all' ? t('networkEdit.filters.all') : t(`networkEdit.kindsPlural.${k}`)}
            </button>
          ))}
        </div>
        <input
          type="search"
          className="input toolbar-search"
          value={search}
          placeholder={t('networkEdit.partner.searchPlaceholder')}
          aria-label={t('network.filterLabel')}
          onChange={(e) => setSearch(e.target.value)}
        />
        <label className="field-inline small">
          <input type="checkbox" checked={showInactive} onChange={(e) => setShowInactive(e.target.checked)} />
          {t('networkEdit.filters.showInactive')}
        </label>
        <span className="toolbar-end">
          <span className="row-count" aria-live="polite">
            {partners.data ? t('networkEdit.partner.count', { count: rows.length }) : t('common.loading')}
          </span>
          <TableExportMenu
            source={{ method: 'network.listPartners', input: listInput, fileName: t('tableExport.fileNames.partners') }}
            columns={exportable}
          />
          <button type="button" className="button button-primary" onClick={() => setDialog({})} data-testid="partner-new">
            {t('networkEdit.partner.new')}
          </button>
        </span>
      </div>
      {!partners.data ? (
        <LoadState error={partners.error} onRetry={partners.reload} />
      ) : rows.length === 0 ? (
        <p className="panel muted">{t('network.partnersEmpty')}</p>
      ) : (
        <div className="panel panel-flush scroll-panel">
          <table className="simple-table">
            <thead>
              <tr>
                <th scope="col">{t('college.name')}</th>
                <th scope="col">{t('networkEdit.partner.kind')}</th>
                <th scope="col">{t('networkEdit.partner.details')}</th>
                <th scope="col">{t('college.website')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr
                  key={p.id}
                  className={p.active ? 'is-clickable' : 'is-clickable is-inactive'}
                  data-testid="partner-item"
                  onClick={() => setDialog({ id: p.id })}
                >
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={(e) => {
                        // The row opens it too; one dialog is enough.
                        e.stopPropagation();
                        setDialog({ id: p.id });
                      }}
                    >
                      {primary(p)}
                    </button>{' '}
                    <VerifyBadge fields={p.verifyFields} />
                    {!p.active && <span className="badge inline-badge">{t('network.inactive')}</span>}
                  </td>
                  <td className="nowrap">{t(`networkEdit.kinds.${p.kind}`)}</td>
                  <td className="muted">{secondary(p) || '—'}</td>
                  <td className="muted nowrap">{p.website || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {dialog && (
        <PartnerFormDialog partnerId={dialog.id} kind={kind === 'all' ? undefined : kind} onClose={() => setDialog(null)} />
      )}
    </section>
  );
}
