import { z } from './zod';
import { optionalText } from './rules/fields';

/**
 * Value lists of the network directory. Copies of the unions in db/schema/network.ts: the
 * contract is bundled into the renderer and must not pull in the database schema.
 */
export const partnerKindValues = ['universiteit', 'bedrijf', 'vlaio', 'federatie'] as const;
export type PartnerKindValue = (typeof partnerKindValues)[number];

export const expertRoleValues = ['onderzoeker', 'docent', 'coordinator', 'kennisdiffusieadviseur', 'andere'] as const;
export type ExpertRole = (typeof expertRoleValues)[number];

export const capacityValues = ['open', 'beperkt', 'vol'] as const;
export type Capacity = (typeof capacityValues)[number];

/** Fields of a college or partner that may carry a "te controleren" flag. */
export const verifiableFieldValues = [
  'name',
  'shortName',
  'city',
  'province',
  'website',
  'association',
  'expertiseGroups',
] as const;
export type VerifiableField = (typeof verifiableFieldValues)[number];

export const websiteField = optionalText(300).refine((value) => value === '' || /^(https?:\/\/)?[^\s/]+\.[^\s]+$/i.test(value), {
  message: 'Geen geldig webadres (bv. https://www.hogeschool.be).',
});

export const provinceCodeField = z.preprocess(
  (value) => (value === '' ? null : value),
  z.string().trim().max(50).nullable().default(null),
);

/** Keywords as chips: trimmed, empties dropped, duplicates (case-insensitive) removed. */
export const keywordsField = z
  .array(z.string().trim().max(80, { message: 'Een trefwoord is maximaal 80 tekens.' }))
  .max(40, { message: 'Maximaal 40 trefwoorden.' })
  .default([])
  .transform((list) => {
    const seen = new Set<string>();
    return list.filter((k) => {
      const key = k.toLocaleLowerCase('nl-BE');
      if (k === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });

export const idList = z
  .array(z.number().int().positive())
  .max(500)
  .default([])
  .transform((ids) => [...new Set(ids)]);

export const activeInput = z.object({ id: z.number().int().positive(), active: z.boolean() }).strict();

const responseDaysMessage = 'Geef een heel aantal werkdagen van 1 tot 90, of laat leeg voor de standaard.';

/**
 * Working days a destination has to answer a referral; empty = the app default. Left out on an
 * update = unchanged, so callers that do not know the field never wipe it.
 */
export const responseDaysField = z
  .preprocess(
    (value) => {
      if (value === '' || value === null) return null;
      if (typeof value === 'string') return value.trim() === '' ? null : Number(value.trim());
      return value;
    },
    z
      .number({ message: responseDaysMessage })
      .int({ message: responseDaysMessage })
      .min(1, { message: responseDaysMessage })
      .max(90, { message: responseDaysMessage })
      .nullable(),
  )
  .optional();
