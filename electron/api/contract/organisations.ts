import { z } from './zod';
import { method } from './method';
import { idInput, pageInput, sortInput, type Page } from './common';
import {
  dateField,
  emailField,
  enterpriseNumberField,
  idField,
  optionalText,
  phoneField,
  postcodeField,
  requiredText,
} from './rules/fields';

import { legalForms, organisationSizes, type LegalForm, type OrganisationSize } from './organisation/values';

export { legalForms, organisationSizes, type LegalForm, type OrganisationSize };

const optionalEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === '' ? null : v), z.enum(values, { message: 'Kies een waarde uit de lijst.' }).nullable().optional());

/** The editable fields of an organisation; empty strings mean "not given". */
const organisationFields = {
  name: requiredText(300),
  legalForm: optionalEnum(legalForms),
  enterpriseNumber: enterpriseNumberField.optional(),
  street: optionalText(300),
  postcode: postcodeField.optional(),
  city: optionalText(200),
  /** Only read when provinceOverridden: otherwise the province follows from the postcode. */
  provinceCode: z.string().trim().max(40).nullable().optional(),
  provinceOverridden: z.boolean().default(false),
  federationIds: z.array(idField).max(20).default([]),
  sector: optionalText(200),
  size: optionalEnum(organisationSizes),
  website: optionalText(300),
  notes: optionalText(10_000),
  /** The coordinator saw the look-alikes and saves anyway. */
  confirmDuplicate: z.boolean().default(false),
};

export const createOrganisationInput = z.object(organisationFields).strict();
export const updateOrganisationInput = z.object({ id: idField, ...organisationFields }).strict();
export const setRecordActiveInput = z.object({ id: idField, active: z.boolean() }).strict();

export const findDuplicatesInput = z
  .object({
    name: z.string().max(300).default(''),
    postcode: z.string().max(10).nullable().optional(),
    enterpriseNumber: z.string().max(40).nullable().optional(),
    website: z.string().max(300).nullable().optional(),
    emails: z.array(z.string().max(300)).max(50).optional(),
    excludeId: idField.optional(),
  })
  .strict();

export const organisationSortColumns = [
  'name',
  'legalForm',
  'enterpriseNumber',
  'postcode',
  'city',
  'province',
  'updatedAt',
] as const;

export const listOrganisationsInput = z
  .object({
    search: z.string().trim().max(200).optional(),
    filters: z
      .object({
        provinceCode: z.string().max(40).optional(),
        federationId: idField.optional(),
        legalForm: z.enum(legalForms).optional(),
        active: z.boolean().optional(),
        size: z.enum(organisationSizes).optional(),
        sector: z.string().trim().max(200).optional(),
      })
      .strict()
      .default({}),
    sort: sortInput(organisationSortColumns).default({ column: 'name', direction: 'asc' }),
    ...pageInput,
  })
  .strict();

export const mergeInput = z.object({ survivorId: idField, mergedId: idField }).strict();
export const undoMergeInput = z.object({ mergeId: idField }).strict();

const contactFields = {
  firstName: optionalText(100),
  lastName: requiredText(100),
  role: optionalText(200),
  email: emailField.optional(),
  phone: phoneField.optional(),
  consentDate: z.preprocess((v) => (v === '' ? null : v), dateField.nullable().optional()),
  consentSource: optionalText(200),
  consentScope: optionalText(500),
  notes: optionalText(5000),
};

export const createContactInput = z.object({ organisationId: idField, ...contactFields }).strict();
export const updateContactInput = z.object({ id: idField, ...contactFields }).strict();

export const contactSortColumns = ['lastName', 'email', 'organisation'] as const;

export const listContactsInput = z
  .object({
    search: z.string().trim().max(200).optional(),
    filters: z
      .object({ organisationId: idField.optional(), hasConsent: z.boolean().optional(), active: z.boolean().optional() })
      .strict()
      .default({}),
    sort: sortInput(contactSortColumns).default({ column: 'lastName', direction: 'asc' }),
    ...pageInput,
  })
  .strict();

export type DuplicateReason = 'enterpriseNumber' | 'name' | 'domain';

export type DuplicateCandidate = {
  id: number;
  name: string;
  postcode: string | null;
  city: string;
  enterpriseNumber: string | null;
  active: boolean;
  reasons: DuplicateReason[];
};

export type OrganisationRow = {
  id: number;
  name: string;
  legalForm: LegalForm | null;
  enterpriseNumber: string | null;
  postcode: string | null;
  city: string;
  provinceCode: string | null;
  province: string | null;
  federations: string[];
  contactCount: number;
  openNeedCount: number;
  active: boolean;
  updatedAt: string;
};

export type ContactRow = {
  id: number;
  organisationId: number;
  organisationName: string;
  firstName: string;
  lastName: string;
  role: string;
  email: string | null;
  /** E.164 */
  phone: string | null;
  /** Belgian notation of the phone number. */
  phoneDisplay: string | null;
  consentDate: string | null;
  consentSource: string;
  consentScope: string;
  notes: string;
  active: boolean;
  erased: boolean;
};

export type MergeHistoryItem = {
  id: number;
  survivorId: number;
  mergedId: number;
  mergedName: string;
  at: string;
  actor: string;
  undoneAt: string | null;
};

export type OrganisationDetail = {
  id: number;
  name: string;
  legalForm: LegalForm | null;
  enterpriseNumber: string | null;
  street: string;
  postcode: string | null;
  city: string;
  provinceCode: string | null;
  provinceName: string | null;
  provinceOverridden: boolean;
  outsideFlanders: boolean;
  sector: string;
  size: OrganisationSize | null;
  website: string;
  emailDomain: string | null;
  notes: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
  federations: { id: number; name: string }[];
  contacts: ContactRow[];
  needs: { open: number; total: number };
  merges: MergeHistoryItem[];
  /** Set when this organisation was merged into another. */
  mergedInto: { id: number; name: string } | null;
};

export type MergeResult = { mergeId: number; survivorId: number; mergedId: number; moved: Record<string, number> };

export const organisationMethods = {
  'organisations.list': method<typeof listOrganisationsInput, Page<OrganisationRow>>(listOrganisationsInput),
  'organisations.get': method<typeof idInput, OrganisationDetail>(idInput),
  'organisations.create': method<typeof createOrganisationInput, { id: number }>(createOrganisationInput),
  'organisations.update': method<typeof updateOrganisationInput, { id: number }>(updateOrganisationInput),
  'organisations.setActive': method<typeof setRecordActiveInput, { id: number; active: boolean }>(setRecordActiveInput),
  'organisations.findDuplicates': method<typeof findDuplicatesInput, DuplicateCandidate[]>(findDuplicatesInput),
  'organisations.merge': method<typeof mergeInput, MergeResult>(mergeInput),
  'organisations.undoMerge': method<typeof undoMergeInput, { survivorId: number; mergedId: number }>(undoMergeInput),
  'contacts.list': method<typeof listContactsInput, Page<ContactRow>>(listContactsInput),
  'contacts.create': method<typeof createContactInput, { id: number }>(createContactInput),
  'contacts.update': method<typeof updateContactInput, { id: number }>(updateContactInput),
  'contacts.setActive': method<typeof setRecordActiveInput, { id: number; active: boolean }>(setRecordActiveInput),
} as const;
