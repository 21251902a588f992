import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { legalForms, organisationSizes } from '../../../../electron/api/contract/organisation/values';
import { provinceRanges } from '../../../../electron/api/contract/rules/postcode';
import { useApiQuery } from '../../hooks/useApiQuery';

export type Option = { value: string; label: string };

/** The Groeilabz federations (partners of kind 'federatie'), for filters and forms. */
export function useFederations(): { id: number; name: string }[] {
  const federations = useApiQuery('network.listPartners', { kind: 'federatie' });
  return useMemo(
    () => (federations.data ?? []).filter((p) => p.active).map((p) => ({ id: p.id, name: p.name })),
    [federations.data],
  );
}

export const provinceOptions: Option[] = provinceRanges.map((p) => ({ value: p.code, label: p.name }));

export function provinceName(code: string | null): string | null {
  return provinceRanges.find((p) => p.code === code)?.name ?? null;
}

export function isOutsideFlanders(code: string | null): boolean {
  return provinceRanges.some((p) => p.code === code && !p.inFlanders);
}

export function useLegalFormOptions(): Option[] {
  const { t } = useTranslation();
  return useMemo(() => legalForms.map((f) => ({ value: f, label: t(`organisations.legalForms.${f}`) })), [t]);
}

export function useSizeOptions(): Option[] {
  const { t } = useTranslation();
  return useMemo(() => organisationSizes.map((s) => ({ value: s, label: t(`organisations.sizes.${s}`) })), [t]);
}
