import { useTranslation } from 'react-i18next';
import type { DossierFilterOptions, NeedStatus } from '../../../../../electron/api/contract';
import { needStatusValues } from '../../../../../electron/api/contract/dossier/lifecycle';

export type NeedFilters = {
  search: string;
  status: NeedStatus[];
  themeId: string;
  provinceCode: string;
  federationId: string;
  collegeId: string;
  owner: string;
  createdFrom: string;
  createdTo: string;
};

export const emptyFilters: NeedFilters = {
  search: '',
  status: [],
  themeId: '',
  provinceCode: '',
  federationId: '',
  collegeId: '',
  owner: '',
  createdFrom: '',
  createdTo: '',
};

type Props = {
  value: NeedFilters;
  onChange: (next: NeedFilters) => void;
  options: DossierFilterOptions | undefined;
};

type SelectProps = {
  label: string;
  value: string;
  onChange: (v: string) => void;
  choices: { value: string; label: string }[];
  testId: string;
};

function FilterSelect({ label, value, onChange, choices, testId }: SelectProps) {
  const { t } = useTranslation();
  return (
    <label className="dossier-filter">
      <span className="dossier-filter-label">{label}</span>
      <select className="input" value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        <option value="">{t('dossiers.list.all')}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Every filter becomes part of the SQL query; nothing is filtered in the renderer. */
export function NeedFilterBar({ value, onChange, options }: Props) {
  const { t, i18n } = useTranslation();
  const english = i18n.language.startsWith('en');
  const set = <K extends keyof NeedFilters>(key: K, v: NeedFilters[K]) => onChange({ ...value, [key]: v });
  const toggleStatus = (status: NeedStatus) =>
    set('status', value.status.includes(status) ? value.status.filter((s) => s !== status) : [...value.status, status]);
  const statusSummary =
    value.status.length === 0
      ? t('dossiers.list.allStatuses')
      : value.status.length === 1
        ? t(`dossiers.status.${value.status[0] ?? 'nieuw'}`)
        : t('dossiers.list.statusCount', { count: value.status.length });
  const active = JSON.stringify(value) !== JSON.stringify(emptyFilters);

  return (
    <div className="dossier-filter-bar">
      <label className="dossier-filter dossier-filter-search">
        <span className="dossier-filter-label">{t('dossiers.list.search')}</span>
        <input
          type="search"
          className="input"
          value={value.search}
          placeholder={t('dossiers.list.searchPlaceholder')}
          onChange={(e) => set('search', e.target.value)}
          data-testid="need-search"
        />
      </label>
      <div className="dossier-filter">
        <span className="dossier-filter-label" id="need-status-filter">
          {t('dossiers.list.statusFilter')}
        </span>
        <details className="dossier-multiselect" data-testid="need-status-filter">
          <summary className="input" aria-labelledby="need-status-filter">
            {statusSummary}
          </summary>
          <fieldset className="dossier-multiselect-menu">
            <legend className="visually-hidden">{t('dossiers.list.statusFilter')}</legend>
            {needStatusValues.map((status) => (
              <label key={status} className="dossier-check">
                <input type="checkbox" checked={value.status.includes(status)} onChange={() => toggleStatus(status)} />
                {t(`dossiers.status.${status}`)}
              </label>
            ))}
          </fieldset>
        </details>
      </div>
      <FilterSelect
        label={t('dossiers.list.theme')}
        value={value.themeId}
        onChange={(v) => set('themeId', v)}
        choices={(options?.themes ?? []).map((th) => ({ value: String(th.id), label: english ? th.nameEn : th.nameNl }))}
        testId="need-theme-filter"
      />
      <FilterSelect
        label={t('dossiers.list.province')}
        value={value.provinceCode}
        onChange={(v) => set('provinceCode', v)}
        choices={(options?.provinces ?? []).map((p) => ({ value: p.code, label: p.name }))}
        testId="need-province-filter"
      />
      <FilterSelect
        label={t('dossiers.list.federation')}
        value={value.federationId}
        onChange={(v) => set('federationId', v)}
        choices={(options?.federations ?? []).map((f) => ({ value: String(f.id), label: f.name }))}
        testId="need-federation-filter"
      />
      <FilterSelect
        label={t('dossiers.list.college')}
        value={value.collegeId}
        onChange={(v) => set('collegeId', v)}
        choices={(options?.colleges ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
        testId="need-college-filter"
      />
      <FilterSelect
        label={t('dossiers.list.owner')}
        value={value.owner}
        onChange={(v) => set('owner', v)}
        choices={(options?.owners ?? []).map((o) => ({ value: o, label: o }))}
        testId="need-owner-filter"
      />
      <label className="dossier-filter">
        <span className="dossier-filter-label">{t('dossiers.list.createdFrom')}</span>
        <input type="date" className="input" value={value.createdFrom} onChange={(e) => set('createdFrom', e.target.value)} />
      </label>
      <label className="dossier-filter">
        <span className="dossier-filter-label">{t('dossiers.list.createdTo')}</span>
        <input type="date" className="input" value={value.createdTo} onChange={(e) => set('createdTo', e.target.value)} />
      </label>
      {active && (
        <button type="button" className="button button-small dossier-filter-clear" onClick={() => onChange(emptyFilters)}>
          {t('dossiers.list.clear')}
        </button>
      )}
    </div>
  );
}
