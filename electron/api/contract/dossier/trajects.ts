import { z } from '../zod';
import { pageInput, sortDirection, type Page } from '../common';
import { optionalText, requiredText } from '../rules/fields';
import { euroCentsField, optionalDateField, optionalIdField } from './fields';
import { trajectStatusValues, trajectTypeValues, type NeedStatus, type TrajectStatus, type TrajectType } from './lifecycle';

const trajectFields = {
  title: requiredText(200),
  type: z.enum(trajectTypeValues),
  status: z.enum(trajectStatusValues).default('gepland'),
  description: optionalText(10_000),
  collegeIds: z.array(z.number().int().positive()).max(13).default([]),
  studentsInvolved: z.number().int().min(0, { message: 'Geef 0 of meer.' }).max(10_000).default(0),
  fundingSource: optionalText(300),
  fundingAmountCents: euroCentsField.default(null),
  followUpFunding: optionalText(1000),
  followUpFundingCents: euroCentsField.default(null),
  startDate: optionalDateField.default(null),
  endDate: optionalDateField.default(null),
  outcome: optionalText(10_000),
};

type DatedFields = { startDate: string | null; endDate: string | null };

function endAfterStart(value: DatedFields, ctx: z.RefinementCtx) {
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'De einddatum ligt vóór de startdatum.' });
  }
}

export const createTrajectInput = z
  .object({ ...trajectFields, needId: optionalIdField.default(null) })
  .strict()
  .superRefine(endAfterStart);

export const updateTrajectInput = z
  .object({ id: z.number().int().positive(), ...trajectFields })
  .strict()
  .superRefine(endAfterStart);

export const trajectNeedInput = z
  .object({ trajectId: z.number().int().positive(), needId: z.number().int().positive() })
  .strict();

export const trajectSortColumns = ['title', 'type', 'status', 'startDate', 'needCount', 'updatedAt'] as const;

export const listTrajectsInput = z
  .object({
    search: z.string().trim().max(200).optional(),
    type: z.enum(trajectTypeValues).optional(),
    status: z.enum(trajectStatusValues).optional(),
    sort: z
      .object({ column: z.enum(trajectSortColumns), direction: sortDirection })
      .strict()
      .optional(),
    ...pageInput,
  })
  .strict();

export type TrajectRow = {
  id: number;
  title: string;
  type: TrajectType;
  status: TrajectStatus;
  startDate: string | null;
  endDate: string | null;
  needCount: number;
  organisationCount: number;
  colleges: string[];
  updatedAt: string;
};

export type TrajectNeed = {
  id: number;
  title: string;
  status: NeedStatus;
  organisationId: number | null;
  organisationName: string | null;
};

export type TrajectDetail = {
  id: number;
  title: string;
  type: TrajectType;
  status: TrajectStatus;
  description: string;
  colleges: { id: number; name: string }[];
  studentsInvolved: number;
  fundingSource: string;
  fundingAmountCents: number | null;
  followUpFunding: string;
  followUpFundingCents: number | null;
  startDate: string | null;
  endDate: string | null;
  outcome: string;
  needs: TrajectNeed[];
  createdAt: string;
  updatedAt: string;
};

export type TrajectPage = Page<TrajectRow>;
