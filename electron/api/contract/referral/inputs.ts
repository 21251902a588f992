import { z } from '../zod';
import { pageInput, sortInput } from '../common';
import { dateField, optionalText } from '../rules/fields';
import { responseDaysField } from '../network-fields';
import {
  referralDeclineReasonValues,
  referralDestinationKindValues,
  referralOutcomeValues,
  referralStatusValues,
} from './lifecycle';

const id = z.number().int().positive();

/** The routing score parts kept with a referral made from a suggestion (why this destination). */
const suggestionInput = z.record(z.string(), z.unknown()).nullable().default(null);

const destination = {
  destinationKind: z.enum(referralDestinationKindValues, { message: 'Kies het soort bestemming.' }),
  destinationId: z.number({ message: 'Kies een bestemming.' }).int().positive({ message: 'Kies een bestemming.' }),
  expertId: id.nullable().default(null),
};

export const createReferralInput = z
  .object({ needId: id, ...destination, suggestion: suggestionInput, note: optionalText(2000) })
  .strict();

export const sendReferralInput = z
  .object({
    id,
    /** The letter as sent (possibly edited); empty = the generated one. */
    letter: optionalText(20000),
    /** Overrides the computed deadline; may not lie in the past. */
    responseDeadline: dateField.nullable().default(null),
  })
  .strict();

export const referralStepInput = z.object({ id, note: optionalText(2000) }).strict();

export const declineReferralInput = z
  .object({
    id,
    reason: z.enum(referralDeclineReasonValues, { message: 'Geef een reden voor de weigering.' }).nullable().default(null),
    note: optionalText(2000),
  })
  .strict();

export const closeReferralInput = z
  .object({
    id,
    outcome: z.enum(referralOutcomeValues, { message: 'Kies een uitkomst.' }).nullable().default(null),
    note: optionalText(2000),
  })
  .strict();

export const passOnReferralInput = z
  .object({ id, ...destination, suggestion: suggestionInput, note: optionalText(2000) })
  .strict();

export const referralSortColumns = [
  'createdAt',
  'sentAt',
  'responseDeadline',
  'status',
  'needTitle',
  'destinationName',
  'updatedAt',
] as const;
export type ReferralSortColumn = (typeof referralSortColumns)[number];

export const referralFiltersInput = z
  .object({
    status: z.enum(referralStatusValues).optional(),
    destinationKind: z.enum(referralDestinationKindValues).optional(),
    collegeId: id.optional(),
    overdue: z.boolean().optional(),
    /** Only the referrals still waiting for someone. */
    openOnly: z.boolean().optional(),
    needId: id.optional(),
  })
  .strict()
  .default({});

export const listReferralsInput = z
  .object({
    filters: referralFiltersInput,
    sort: sortInput(referralSortColumns).default({ column: 'createdAt', direction: 'desc' }),
    ...pageInput,
  })
  .strict();

export const referralBoardInput = z
  .object({ filters: referralFiltersInput, perStatus: z.number().int().min(1).max(100).default(30) })
  .strict();

export const overdueReferralsInput = z.object({ limit: z.number().int().min(1).max(100).default(8) }).strict();

export const byNeedReferralsInput = z.object({ needId: id }).strict();

export const destinationOptionsInput = z
  .object({ kind: z.enum(referralDestinationKindValues), search: optionalText(100) })
  .strict();

export const figuresInput = z
  .object({ from: dateField.nullable().default(null), to: dateField.nullable().default(null) })
  .strict()
  .default({ from: null, to: null });

export const collectiveCandidatesInput = z
  .object({ minSimilarity: z.number().min(0).max(1).default(0.35), limit: z.number().int().min(1).max(100).default(20) })
  .strict()
  .default({ minSimilarity: 0.35, limit: 20 });

export const formCollectiveInput = z
  .object({
    needIds: z.array(id).min(2, { message: 'Kies minstens twee hulpvragen.' }).max(50),
    title: z.string().trim().min(1, { message: 'Geef het collectief traject een titel.' }).max(200),
    description: optionalText(5000),
  })
  .strict();

/** The app-wide response time (Instellingen); empty = back to the standard 10 working days. */
export const setDefaultResponseDaysInput = z.object({ days: responseDaysField.transform((v) => v ?? null) }).strict();
