import { useTranslation } from 'react-i18next';
import {
  referralDestinationKindValues,
  referralStatusValues,
  type ReferralDestinationKind,
  type ReferralStatus,
} from '../../../../electron/api/contract/referral/lifecycle';
import type { InputOf } from '../../../../electron/api/contract';
import { useApiQuery } from '../../hooks/useApiQuery';

export type ReferralFilters = {
  status: ReferralStatus | '';
  kind: ReferralDestinationKind | '';
  collegeId: string;
  overdue: '' | 'yes' | 'no';
};
export const emptyReferralFilters: ReferralFilters = { status: '', kind: '', collegeId: '', overdue: '' };

export function filtersInput(f: ReferralFilters): NonNullable<InputOf<'referrals.list'>['filters']> {
  return {
    status: f.status || undefined,
    destinationKind: f.kind || undefined,
    collegeId: f.collegeId ? Number(f.collegeId) : undefined,
    overdue: f.overdue === '' ? undefined : f.overdue === 'yes',
  };
}

type Choice = { value: string; label: string };

function Select({
  label,
  value,
  choices,
  onChange,
  testId,
}: {
  label: string;
  value: string;
  choices: Choice[];
  onChange: (v: string) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <label className="dossier-filter">
      <span className="dossier-filter-label">{label}</span>
      <select className="input" value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        <option value="">{t('referrals.filters.all')}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Filters of the table and the board; every one becomes part of the SQL query. */
export function ReferralFilterBar({
  value,
  onChange,
  hideStatus = false,
}: {
  value: ReferralFilters;
  onChange: (f: ReferralFilters) => void;
  hideStatus?: boolean;
}) {
  const { t } = useTranslation();
  const colleges = useApiQuery('referrals.destinations', { kind: 'hogeschool', search: '' });
  const set = <K extends keyof ReferralFilters>(key: K, v: ReferralFilters[K]) => onChange({ ...value, [key]: v });
  const dirty = JSON.stringify(value) !== JSON.stringify(emptyReferralFilters);
  return (
    <div className="dossier-filter-bar referral-filter-bar">
      {!hideStatus && (
        <Select
          label={t('referrals.filters.status')}
          value={value.status}
          choices={referralStatusValues.map((s) => ({ value: s, label: t(`referrals.status.${s}`) }))}
          onChange={(v) => set('status', v as ReferralFilters['status'])}
          testId="referral-filter-status"
        />
      )}
      <Select
        label={t('referrals.filters.kind')}
        value={value.kind}
        choices={referralDestinationKindValues.map((k) => ({ value: k, label: t(`referrals.kind.${k}`) }))}
        onChange={(v) => set('kind', v as ReferralFilters['kind'])}
        testId="referral-filter-kind"
      />
      <Select
        label={t('referrals.filters.college')}
        value={value.collegeId}
        choices={(colleges.data ?? []).map((c) => ({ value: String(c.id), label: c.collegeName ?? c.name }))}
        onChange={(v) => set('collegeId', v)}
        testId="referral-filter-college"
      />
      <Select
        label={t('referrals.filters.overdue')}
        value={value.overdue}
        choices={[
          { value: 'yes', label: t('referrals.filters.overdueOnly') },
          { value: 'no', label: t('referrals.filters.notOverdue') },
        ]}
        onChange={(v) => set('overdue', v as ReferralFilters['overdue'])}
        testId="referral-filter-overdue"
      />
      {dirty && (
        <button type="button" className="button button-small dossier-filter-clear" onClick={() => onChange(emptyReferralFilters)}>
          {t('referrals.filters.clear')}
        </button>
      )}
    </div>
  );
}
