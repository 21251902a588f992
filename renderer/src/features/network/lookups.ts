import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Capacity, ExpertRole, PartnerKindValue, ThemeRow } from '../../../../electron/api/contract';
import { useApiQuery } from '../../hooks/useApiQuery';

// Type-checked copies of the contract's value lists: importing the contract at runtime would bundle zod.
const roleSet: Record<ExpertRole, true> = {
  onderzoeker: true,
  docent: true,
  coordinator: true,
  kennisdiffusieadviseur: true,
  andere: true,
};
export const expertRoles = Object.keys(roleSet) as ExpertRole[];

const capacitySet: Record<Capacity, true> = { open: true, beperkt: true, vol: true };
export const capacities = Object.keys(capacitySet) as Capacity[];

const kindSet: Record<PartnerKindValue, true> = { universiteit: true, bedrijf: true, vlaio: true, federatie: true };
export const partnerKinds = Object.keys(kindSet) as PartnerKindValue[];

export function isExpertRole(value: string): value is ExpertRole {
  return Object.hasOwn(roleSet, value);
}
export function isCapacity(value: string): value is Capacity {
  return Object.hasOwn(capacitySet, value);
}
export function isPartnerKind(value: string): value is PartnerKindValue {
  return Object.hasOwn(kindSet, value);
}

/** A theme's name in the interface language. */
export function useThemeName(): (theme: Pick<ThemeRow, 'nameNl' | 'nameEn'>) => string {
  const { i18n } = useTranslation();
  const english = i18n.language.startsWith('en');
  return useCallback((theme) => (english ? theme.nameEn : theme.nameNl), [english]);
}

/** The themes, and their names by id, for pickers and chips. */
export function useThemes() {
  const query = useApiQuery('network.listThemes', undefined);
  const themeName = useThemeName();
  const themes = useMemo(() => query.data ?? [], [query.data]);
  const nameOf = useMemo(() => {
    const names = new Map(themes.map((theme) => [theme.id, themeName(theme)]));
    return (id: number) => names.get(id) ?? `#${id}`;
  }, [themes, themeName]);
  return { themes, nameOf, themeName };
}

/** All colleges (inactive ones marked), for selects and checklists. */
export function useColleges() {
  const query = useApiQuery('network.listColleges', { includeInactive: true });
  return useMemo(() => query.data ?? [], [query.data]);
}

export function useProvinces() {
  const query = useApiQuery('network.listProvinces', undefined);
  return useMemo(() => query.data ?? [], [query.data]);
}
