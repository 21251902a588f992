import { z } from './zod';
import { method } from './method';
import { emptyInput, sortDirection } from './common';
import { partnerKindValues } from './network-fields';
import { collegeGroupMethods } from './network-groups';
import { expertMethods } from './network-experts';
import { partnerThemeMethods, type ProvinceRow } from './network-partners';

// Only the value lists and their types: the field helpers stay private to the network contract.
export { capacityValues, expertRoleValues, partnerKindValues, verifiableFieldValues } from './network-fields';
export type { Capacity, ExpertRole, PartnerKindValue, VerifiableField } from './network-fields';
export * from './network-groups';
export * from './network-experts';
export * from './network-partners';

export const collegeSortColumns = ['name', 'shortName', 'city', 'province', 'groupCount'] as const;

export const listCollegesInput = z
  .object({
    search: z.string().trim().max(200).optional(),
    sort: z.object({ column: z.enum(collegeSortColumns), direction: sortDirection }).optional(),
    includeInactive: z.boolean().optional(),
  })
  .strict();

export type CollegeRow = {
  id: number;
  name: string;
  shortName: string;
  city: string;
  provinceCode: string | null;
  provinceName: string | null;
  website: string;
  association: string;
  verifyFields: string[];
  active: boolean;
  groupCount: number;
};

export const getCollegeInput = z.object({ id: z.number().int().positive() }).strict();

export type ExpertiseGroupRow = {
  id: number;
  collegeId: number;
  name: string;
  description: string;
  keywords: string[];
  sourceUrl: string;
  active: boolean;
  capacity: 'open' | 'beperkt' | 'vol';
  capacityNote: string;
  themeIds: number[];
  expertCount: number;
};

export type CollegeDetail = CollegeRow & { notes: string; expertiseGroups: ExpertiseGroupRow[] };

export const listPartnersInput = z
  .object({
    kind: z.enum(partnerKindValues).optional(),
    search: z.string().trim().max(200).optional(),
    /** Without it, inactive partners are listed too (as before), marked inactive. */
    activeOnly: z.boolean().optional(),
  })
  .strict();

export type PartnerRow = {
  id: number;
  kind: 'universiteit' | 'bedrijf' | 'vlaio' | 'federatie';
  name: string;
  shortName: string;
  city: string;
  website: string;
  sector: string;
  contactName: string;
  email: string | null;
  phone: string | null;
  verifyFields: string[];
  active: boolean;
};

export type NetworkSummary = {
  colleges: number;
  expertiseGroups: number;
  universities: number;
  federations: number;
  themes: number;
  provinces: number;
};

export type ThemeRow = { id: number; code: string; nameNl: string; nameEn: string; active: boolean };

export const networkMethods = {
  'network.summary': method<typeof emptyInput, NetworkSummary>(emptyInput),
  'network.listColleges': method<typeof listCollegesInput, CollegeRow[]>(listCollegesInput),
  'network.getCollege': method<typeof getCollegeInput, CollegeDetail>(getCollegeInput),
  'network.listPartners': method<typeof listPartnersInput, PartnerRow[]>(listPartnersInput),
  'network.listThemes': method<typeof emptyInput, ThemeRow[]>(emptyInput),
  'network.listProvinces': method<typeof emptyInput, ProvinceRow[]>(emptyInput),
  ...collegeGroupMethods,
  ...expertMethods,
  ...partnerThemeMethods,
} as const;
