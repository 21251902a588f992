import { z } from '../zod';
import { dateField } from '../rules/fields';

/**
 * Euro amounts as the coordinator types them (`12.500`, `12500,50`, `€ 1.250`) become cents;
 * empty means "not known" (null). Numbers are taken as euro.
 */
export function parseEuroToCents(value: string): number | null {
  const cleaned = value.replace(/[€\s]/g, '').replace(/^EUR/i, '');
  if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+([.,]\d{1,2})?$/.test(cleaned)) return null;
  // With a comma, dots are thousands separators; without one, a dot followed by exactly three
  // digits is read as thousands (Belgian habit), otherwise as the decimal point.
  let normalized: string;
  if (cleaned.includes(',')) normalized = cleaned.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+$/.test(cleaned)) normalized = cleaned.replace(/\./g, '');
  else normalized = cleaned;
  const cents = Math.round(Number(normalized) * 100);
  return Number.isSafeInteger(cents) ? cents : null;
}

export const euroMessage = 'Geef een bedrag in euro (bv. 12.500 of 12.500,50).';

export const euroCentsField = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
  z
    .union([z.number(), z.string()])
    .transform((value, ctx) => {
      const cents = typeof value === 'number' ? Math.round(value * 100) : parseEuroToCents(value);
      if (cents === null || cents < 0 || !Number.isSafeInteger(cents)) {
        ctx.addIssue({ code: 'custom', message: euroMessage });
        return z.NEVER;
      }
      return cents;
    })
    .nullable(),
);

/** An optional calendar date: empty input means "not set". */
export const optionalDateField = z.preprocess(
  (value) => (value === '' || value === undefined ? null : value),
  dateField.nullable(),
);

/** An optional id from a picker; empty selects become null. */
export const optionalIdField = z.preprocess(
  (value) => (value === '' || value === 0 || value === undefined ? null : value),
  z.number().int().positive().nullable(),
);
