import { z } from '../zod';
import { pageInput, sortDirection, type Page } from '../common';
import { dateField, optionalText, requiredText } from '../rules/fields';
import { optionalIdField } from './fields';
import {
  knowledgeKindValues,
  needSourceValues,
  needStatusValues,
  urgencyValues,
  type KnowledgeKind,
  type NeedSource,
  type NeedStatus,
  type Urgency,
} from './lifecycle';

const needFields = {
  /** Null only for a need that belongs to a collective traject (then trajectId is required). */
  organisationId: optionalIdField.default(null),
  contactId: optionalIdField.default(null),
  title: requiredText(200),
  question: optionalText(10_000),
  smart: optionalText(10_000),
  themeIds: z.array(z.number().int().positive()).max(20).default([]),
  knowledgeKind: z.preprocess((v) => (v === '' ? null : v), z.enum(knowledgeKindValues).nullable()).default(null),
  urgency: z.enum(urgencyValues).default('normaal'),
  budgetIndication: optionalText(500),
  source: z.enum(needSourceValues).default('andere'),
  owner: optionalText(120),
};

export const createNeedInput = z
  .object({
    ...needFields,
    /** A need created inside a collective traject (it may then have no organisation). */
    trajectId: optionalIdField.default(null),
  })
  .strict()
  // Checked here too (not only in the service) so the form shows it together with other errors.
  .superRefine((value, ctx) => {
    if (value.organisationId == null && value.trajectId == null) {
      ctx.addIssue({
        code: 'custom',
        path: ['organisationId'],
        message: 'Kies een organisatie (of maak de hulpvraag binnen een collectief traject).',
      });
    }
  });

export const updateNeedInput = z.object({ id: z.number().int().positive(), ...needFields }).strict();

export const changeNeedStatusInput = z
  .object({
    id: z.number().int().positive(),
    to: z.enum(needStatusValues),
    reason: z.string().trim().max(2000).default(''),
  })
  .strict();

export const needSortColumns = ['title', 'organisationName', 'status', 'urgency', 'owner', 'createdAt', 'updatedAt'] as const;
export type NeedSortColumn = (typeof needSortColumns)[number];

export const listNeedsInput = z
  .object({
    search: z.string().trim().max(200).optional(),
    filters: z
      .object({
        status: z.array(z.enum(needStatusValues)).max(needStatusValues.length).optional(),
        themeId: z.number().int().positive().optional(),
        provinceCode: z.string().max(40).optional(),
        federationId: z.number().int().positive().optional(),
        collegeId: z.number().int().positive().optional(),
        owner: z.string().trim().max(120).optional(),
        createdFrom: dateField.optional(),
        createdTo: dateField.optional(),
        organisationId: z.number().int().positive().optional(),
        trajectId: z.number().int().positive().optional(),
      })
      .strict()
      .default({}),
    sort: z
      .object({ column: z.enum(needSortColumns), direction: sortDirection })
      .strict()
      .optional(),
    ...pageInput,
  })
  .strict();

export type NeedThemeRef = { id: number; nameNl: string; nameEn: string };

export type NeedRow = {
  id: number;
  title: string;
  organisationId: number | null;
  organisationName: string | null;
  status: NeedStatus;
  themes: NeedThemeRef[];
  urgency: Urgency;
  owner: string;
  createdAt: string;
  updatedAt: string;
  openTaskCount: number;
};
export type NeedPage = Page<NeedRow>;

export type NeedDetail = {
  id: number;
  organisationId: number | null;
  organisationName: string | null;
  contactId: number | null;
  contactName: string | null;
  trajectId: number | null;
  trajectTitle: string | null;
  title: string;
  question: string;
  smart: string;
  themes: NeedThemeRef[];
  knowledgeKind: KnowledgeKind | null;
  urgency: Urgency;
  budgetIndication: string;
  source: NeedSource;
  owner: string;
  status: NeedStatus;
  stopReason: string;
  statusChangedAt: string;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** The moves the lifecycle allows from the current status. */
  allowedNext: NeedStatus[];
};

export const organisationOptionsInput = z
  .object({ search: z.string().trim().max(200).default(''), limit: z.number().int().min(1).max(50).default(20) })
  .strict();
export type DossierOrganisationOption = { id: number; name: string; city: string };

export const contactOptionsInput = z.object({ organisationId: z.number().int().positive() }).strict();
export type DossierContactOption = { id: number; name: string; role: string };

export type DossierFilterOptions = {
  owners: string[];
  themes: NeedThemeRef[];
  provinces: { code: string; name: string }[];
  federations: { id: number; name: string }[];
  colleges: { id: number; name: string }[];
};
