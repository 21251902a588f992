import { z } from '../zod';
import { enterpriseNumberMessages, normalizeEnterpriseNumber } from './enterprise-number';
import { phoneMessage, toE164 } from './phone';
import { isBelgianPostcode, postcodeMessage } from './postcode';

/**
 * Field schemas shared by the forms (renderer) and the router (main): one definition of what a
 * valid enterprise number, phone, e-mail or postcode is, with the Dutch message at the field.
 * Empty input means "not given" and becomes null.
 */
const emptyToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

export const enterpriseNumberField = z.preprocess(
  emptyToNull,
  z
    .string()
    .transform((value, ctx) => {
      const result = normalizeEnterpriseNumber(value);
      if (!result.ok) {
        ctx.addIssue({ code: 'custom', message: enterpriseNumberMessages[result.reason] });
        return z.NEVER;
      }
      return result.value;
    })
    .nullable(),
);

export const phoneField = z.preprocess(
  emptyToNull,
  z
    .string()
    .transform((value, ctx) => {
      const e164 = toE164(value);
      if (!e164) {
        ctx.addIssue({ code: 'custom', message: phoneMessage });
        return z.NEVER;
      }
      return e164;
    })
    .nullable(),
);

export const emailField = z.preprocess(
  (value) => (typeof value === 'string' ? (value.trim() === '' ? null : value.trim().toLowerCase()) : value),
  // Unicode letters are allowed before the @ (helène.declercq@...): real Flemish addresses have them.
  z
    .email({ pattern: z.regexes.unicodeEmail, message: 'Geen geldig e-mailadres (bv. naam@organisatie.be).', abort: true })
    .refine((value) => /@[^@.]+(\.[^@.]+)*\.[^@.]{2,}$/.test(value), {
      message: 'Geen geldig e-mailadres (bv. naam@organisatie.be).',
    })
    .nullable(),
);

export const postcodeField = z.preprocess(
  emptyToNull,
  z.string().trim().refine(isBelgianPostcode, { message: postcodeMessage }).nullable(),
);

/** A calendar date as the coordinator means it (Europe/Brussels), stored as YYYY-MM-DD. */
export const dateField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Geef een datum (dd/mm/jjjj).' })
  .refine((v) => !Number.isNaN(new Date(`${v}T00:00:00Z`).getTime()) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), {
    message: 'Deze datum bestaat niet.',
  });

export const requiredText = (max = 500) =>
  z
    .string({ message: 'Dit veld is verplicht.' })
    .trim()
    .min(1, { message: 'Dit veld is verplicht.' })
    .max(max, { message: `Maximaal ${max} tekens.` });

export const optionalText = (max = 5000) =>
  z
    .string()
    .trim()
    .max(max, { message: `Maximaal ${max} tekens.` })
    .default('');

export const idField = z.number().int().positive();
