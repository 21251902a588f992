import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  referralDestinationKindValues,
  type ReferralDestinationKind,
} from '../../../../electron/api/contract/referral/lifecycle';
import { Field } from '../../components/form/Field';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';

export type PickedDestination = { kind: ReferralDestinationKind; id: number; name: string } | null;

/**
 * Picking a destination by hand: kind, a search, then one option. Inactive and full destinations
 * stay visible but are marked, so the coordinator sees why (the service refuses inactive ones).
 */
export function DestinationPicker({
  value,
  onChange,
  error,
  defaultKind = 'expertisegroep',
}: {
  value: PickedDestination;
  onChange: (d: PickedDestination) => void;
  error?: string | undefined;
  defaultKind?: ReferralDestinationKind;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ReferralDestinationKind>(value?.kind ?? defaultKind);
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim(), 200);
  const options = useApiQuery('referrals.destinations', { kind, search: debounced });
  const list = options.data ?? [];
  const listRef = useRef<HTMLSelectElement>(null);
  const selected = value && value.kind === kind ? String(value.id) : '';
  // A listbox shows its first row as chosen when nothing matches; show nothing chosen instead.
  useEffect(() => {
    if (listRef.current && selected === '') listRef.current.selectedIndex = -1;
  }, [selected, options.data]);
  return (
    <div className="referral-picker">
      <div className="dossier-form-grid">
        <Field label={t('referrals.picker.kind')}>
          {(p) => (
            <select
              {...p}
              className="input"
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as ReferralDestinationKind);
                onChange(null);
              }}
              data-testid="picker-kind"
            >
              {referralDestinationKindValues.map((k) => (
                <option key={k} value={k}>
                  {t(`referrals.kind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('referrals.picker.search')}>
          {(p) => (
            <input
              {...p}
              type="search"
              className="input"
              placeholder={t('referrals.picker.searchPlaceholder')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              data-testid="picker-search"
            />
          )}
        </Field>
      </div>
      <Field label={t('referrals.picker.destination')} error={error} wide>
        {(p) => (
          <select
            {...p}
            className="input"
            size={Math.min(8, Math.max(3, list.length))}
            ref={listRef}
            value={selected}
            onChange={(e) => {
              const chosen = list.find((o) => String(o.id) === e.target.value);
              onChange(chosen ? { kind, id: chosen.id, name: chosen.name } : null);
            }}
            data-testid="picker-destination"
          >
            {list.map((o) => {
              const flags = [
                !o.active ? t('referrals.picker.inactive') : null,
                o.capacity === 'vol'
                  ? t('referrals.picker.full')
                  : o.capacity === 'beperkt'
                    ? t('referrals.picker.limited')
                    : null,
              ].filter(Boolean);
              const college = o.collegeName && o.kind === 'expertisegroep' ? ` — ${o.collegeName}` : '';
              return (
                <option key={o.id} value={o.id}>
                  {`${o.name}${college} · ${t('referrals.picker.days', { count: o.responseDays })}${flags.length ? ` (${flags.join(', ')})` : ''}`}
                </option>
              );
            })}
          </select>
        )}
      </Field>
    </div>
  );
}
