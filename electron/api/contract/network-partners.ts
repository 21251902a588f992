import { z } from './zod';
import { method } from './method';
import { idInput } from './common';
import { emailField, optionalText, phoneField, requiredText } from './rules/fields';
import {
  activeInput,
  idList,
  partnerKindValues,
  provinceCodeField,
  responseDaysField,
  verifiableFieldValues,
  websiteField,
  type PartnerKindValue,
} from './network-fields';

/**
 * One schema for the four kinds; which fields are required depends on the kind (checked in the
 * service with a message at the field): a VLAIO advisor is a person, the others are organisations.
 */
const partnerFields = {
  kind: z.enum(partnerKindValues, { message: 'Kies een soort partner.' }),
  name: optionalText(200),
  shortName: optionalText(40),
  city: optionalText(120),
  provinceCode: provinceCodeField,
  website: websiteField,
  sector: optionalText(200),
  contactName: optionalText(200),
  email: emailField.default(null),
  phone: phoneField.default(null),
  notes: optionalText(5000),
  responseDays: responseDaysField,
  /** Companies: the themes they cover. */
  themeIds: idList,
  /** Universities: the hogescholen of their association. */
  collegeIds: idList,
};

export const createPartnerInput = z.object(partnerFields).strict();
export const updatePartnerInput = z
  .object({
    id: z.number().int().positive(),
    ...partnerFields,
    verifyFields: z.array(z.enum(verifiableFieldValues)).optional(),
  })
  .strict();

export type PartnerDetail = {
  id: number;
  kind: PartnerKindValue;
  name: string;
  shortName: string;
  city: string;
  provinceCode: string | null;
  website: string;
  sector: string;
  contactName: string;
  email: string | null;
  phone: string | null;
  notes: string;
  verifyFields: string[];
  /** Working days to answer a referral; null = the app default. */
  responseDays: number | null;
  active: boolean;
  themeIds: number[];
  collegeIds: number[];
  /** True when no links are stored yet and collegeIds were derived from the colleges' association. */
  collegesDerived: boolean;
};

// ---------- Themes (taxonomy) ----------

export const createThemeInput = z.object({ nameNl: requiredText(120), nameEn: requiredText(120) }).strict();
export const updateThemeInput = z
  .object({ id: z.number().int().positive(), nameNl: requiredText(120), nameEn: requiredText(120) })
  .strict();

export type ProvinceRow = { code: string; name: string };

export const partnerThemeMethods = {
  'network.getPartner': method<typeof idInput, PartnerDetail>(idInput),
  'network.createPartner': method<typeof createPartnerInput, { id: number }>(createPartnerInput),
  'network.updatePartner': method<typeof updatePartnerInput, { id: number }>(updatePartnerInput),
  'network.setPartnerActive': method<typeof activeInput, { id: number }>(activeInput),
  'network.createTheme': method<typeof createThemeInput, { id: number }>(createThemeInput),
  'network.updateTheme': method<typeof updateThemeInput, { id: number }>(updateThemeInput),
  'network.setThemeActive': method<typeof activeInput, { id: number }>(activeInput),
} as const;
